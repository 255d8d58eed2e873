#!/bin/bash
# Starts one KRaft node (broker + controller) of apache/kafka:4.1.2 hardened for production use:
# - clients and brokers: SASL_SSL with SCRAM-SHA-512 (port 9092); no unencrypted listener at all
# - controller listener: mutual TLS (the node's own certificate, principal User:kafka)
# - StandardAuthorizer, deny when no ACL matches, no automatic topic creation
# The admin SCRAM user is written into the metadata log when the storage is formatted (KIP-900);
# service users, topics and ACLs are applied afterwards by apply-acls.sh from acls.txt.
# Secrets arrive as environment variables and files under $KAFKA_TLS_DIR; none is in the image or repo.
set -euo pipefail
: "${KAFKA_ADMIN_PASSWORD:?}" "${TLS_STORE_PASSWORD:?}" "${KAFKA_CLUSTER_ID:?}"
TLS=${KAFKA_TLS_DIR:-/etc/kafka/tls}
DATA=${KAFKA_DATA_DIR:-/var/lib/kafka/data}
ADVERTISED=${KAFKA_ADVERTISED_HOST:-kafka}
CFG=/tmp/server.properties
cat > "$CFG" <<PROPS
node.id=${KAFKA_NODE_ID:-1}
process.roles=broker,controller
controller.quorum.voters=${KAFKA_NODE_ID:-1}@localhost:9093
listeners=SASL_SSL://:9092,CONTROLLER://:9093
advertised.listeners=SASL_SSL://${ADVERTISED}:9092
controller.listener.names=CONTROLLER
inter.broker.listener.name=SASL_SSL
listener.security.protocol.map=SASL_SSL:SASL_SSL,CONTROLLER:SSL
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${KAFKA_ADMIN_PASSWORD}";
ssl.keystore.type=PKCS12
ssl.keystore.location=${TLS}/kafka.p12
ssl.keystore.password=${TLS_STORE_PASSWORD}
ssl.truststore.type=PKCS12
ssl.truststore.location=${TLS}/truststore.p12
ssl.endpoint.identification.algorithm=https
listener.name.controller.ssl.client.auth=required
ssl.principal.mapping.rules=RULE:^CN=([a-zA-Z0-9.-]+).*$/\$1/,DEFAULT
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
allow.everyone.if.no.acl.found=false
super.users=User:admin;User:kafka
auto.create.topics.enable=false
log.dirs=${DATA}
num.partitions=${KAFKA_NUM_PARTITIONS:-6}
default.replication.factor=${KAFKA_DEFAULT_REPLICATION_FACTOR:-1}
offsets.topic.replication.factor=${KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR:-1}
transaction.state.log.replication.factor=${KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR:-1}
transaction.state.log.min.isr=${KAFKA_TRANSACTION_STATE_LOG_MIN_ISR:-1}
log.retention.hours=${KAFKA_LOG_RETENTION_HOURS:-26280}
PROPS
# admin client settings for the healthcheck and apply-acls.sh (inside this container only)
cat > /tmp/admin.properties <<PROPS
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${KAFKA_ADMIN_PASSWORD}";
ssl.truststore.type=PKCS12
ssl.truststore.location=${TLS}/truststore.p12
PROPS
chmod 600 "$CFG" /tmp/admin.properties
if [ ! -f "$DATA/meta.properties" ]; then   # format once; re-formatting with another id fails
  /opt/kafka/bin/kafka-storage.sh format -t "$KAFKA_CLUSTER_ID" -c "$CFG" \
    --add-scram "SCRAM-SHA-512=[name=admin,password=${KAFKA_ADMIN_PASSWORD}]"
fi
exec /opt/kafka/bin/kafka-server-start.sh "$CFG"
