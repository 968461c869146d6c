#!/usr/bin/env bash
# Runs the Spark job in local mode on this machine, without a Spark installation: Spark and its
# libraries come from the Maven build's class path (what a cluster would supply), the job and
# vietparse from vietparse-spark.jar as spark-submit would ship it, and the JVM gets the options
# Spark needs on Java 17.
#
#   examples/spark/local.sh 'local[*]' INPUT OUTPUT [--input text|jsonl|parquet] [--format jsonl|parquet] [--detect-dateline] [--overwrite]
#
# The first run builds examples/spark/target/vietparse-spark.jar and the class path file
# (downloading Spark once). For a cluster use spark-submit instead: docs/spark.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=examples/spark/target/vietparse-spark.jar
cp=examples/spark/target/spark.classpath
if [[ ! -f $jar || ! -f $cp ]]; then
  mvn -q -B -ntp -Pspark -DskipTests package \
    org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
    -DincludeScope=compile -DexcludeGroupIds=org.vietparse -Dmdep.outputFile=target/spark.classpath
fi
if [[ $# -lt 3 ]]; then
  echo "usage: $0 MASTER INPUT OUTPUT [job options]" >&2
  exit 2
fi
master=$1
shift
export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}
opens=""
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util \
    java.util.concurrent java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs \
    sun.security.action sun.util.calendar; do
  opens+=" --add-opens=java.base/$p=ALL-UNNAMED"
done
# shellcheck disable=SC2086
exec java -XX:+IgnoreUnrecognizedVMOptions $opens -Djdk.reflect.useDirectMethodHandle=false \
  -Dio.netty.tryReflectionSetAccessible=true \
  -Dlog4j2.configurationFile=examples/spark/log4j2.properties ${JAVA_OPTS:-} \
  -cp "$jar:$(cat "$cp")" org.vietparse.spark.VietParseSpark --master "$master" "$@"
