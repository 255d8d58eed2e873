#!/bin/sh
# Starts mongod (run as the image's entrypoint user root, which drops to mongodb) with:
# authentication (the root user from MONGO_INITDB_ROOT_*; one user per service, see init-replica-set.sh),
# the replica-set key file (internal authentication; mongod needs it owned by mongodb, mode 400, so it
# is copied out of the read-only secret mount) and TLS required on every connection.
set -eu
install -m 400 -o mongodb -g mongodb /run/secrets/mongo-keyfile /data/configdb/keyfile
exec docker-entrypoint.sh mongod --replSet rs0 --bind_ip_all --keyFile /data/configdb/keyfile \
  --tlsMode requireTLS --tlsCertificateKeyFile /etc/mongo/tls/mongo.pem --tlsCAFile /etc/mongo/tls/ca.crt \
  --tlsAllowConnectionsWithoutCertificates "$@"
