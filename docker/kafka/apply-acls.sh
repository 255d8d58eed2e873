#!/bin/bash
# Applies acls.txt (generated from the event catalogue, see its header) to a SASL_SSL broker as the
# admin principal: one SCRAM-SHA-512 user per service principal (password from
# KAFKA_PASSWORD_<SERVICE>, e.g. KAFKA_PASSWORD_GRID_SERVICE), every TOPIC named there created
# (brokers do not auto-create topics), then every ACL added. Idempotent: safe to re-run on each deploy.
# ACLs removed from acls.txt are not revoked here: list them with kafka-acls.sh --list and remove by hand.
set -euo pipefail
: "${KAFKA_ADMIN_PASSWORD:?}"
BOOT=${KAFKA_BOOTSTRAP_SERVERS:-kafka:9092}
ACLS=${KAFKA_ACL_FILE:-/etc/kafka/acls/acls.txt}
TLS=${KAFKA_TLS_DIR:-/etc/kafka/tls}
K=/opt/kafka/bin
CFG=/tmp/admin.properties
cat > "$CFG" <<PROPS
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${KAFKA_ADMIN_PASSWORD}";
ssl.truststore.type=PKCS12
ssl.truststore.location=${TLS}/truststore.p12
PROPS
chmod 600 "$CFG"
for user in $(awk '!/^#/ && NF {sub("^User:","",$1); print $1}' "$ACLS" | sort -u); do
  var="KAFKA_PASSWORD_$(echo "$user" | tr 'a-z-' 'A-Z_')"
  pw="${!var:?missing $var for Kafka user $user}"
  $K/kafka-configs.sh --bootstrap-server "$BOOT" --command-config "$CFG" --alter \
    --entity-type users --entity-name "$user" --add-config "SCRAM-SHA-512=[iterations=8192,password=$pw]"
done
for topic in $(awk '!/^#/ && NF && $3=="TOPIC" {print $4}' "$ACLS" | sort -u); do
  $K/kafka-topics.sh --bootstrap-server "$BOOT" --command-config "$CFG" --create --if-not-exists \
    --topic "$topic" --partitions "${KAFKA_PARTITIONS:-6}" --replication-factor "${KAFKA_REPLICATION_FACTOR:-1}"
done
while read -r principal op type name; do
  case "$principal" in ''|\#*) continue ;; esac
  case "$type" in
    TOPIC) resource=(--topic "$name") ;;
    GROUP) resource=(--group "$name") ;;
    *) echo "unknown resource type $type" >&2; exit 1 ;;
  esac
  $K/kafka-acls.sh --bootstrap-server "$BOOT" --command-config "$CFG" --add --allow-principal "$principal" \
    --operation "$op" --resource-pattern-type literal "${resource[@]}"
done < "$ACLS"
echo "applied $(grep -cv '^#' "$ACLS") ACLs"
