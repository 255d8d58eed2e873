#!/bin/sh
# Initialises the single-node replica set (needed for change streams and transactions) once.
mongosh --quiet --host mongo:27017 --eval '
try { rs.status().ok } catch (e) { rs.initiate({_id: "rs0", members: [{_id: 0, host: "mongo:27017"}]}).ok }'
