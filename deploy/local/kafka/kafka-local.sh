#!/usr/bin/env bash
# Runs a real single-node Apache Kafka broker (KRaft, no ZooKeeper) from Kafka's jars on Maven
# Central, with the machine's Java. No Docker needed.
#
#   kafka-local.sh up | down | status | kill | run-class <java class> [args...]
#
# Settings (environment):
#   KAFKA_LOCAL_DIR        <repo>/.local/kafka   jars in lib/, one folder per instance
#   KAFKA_LOCAL_NAME       default               instance name (data, properties, pid, log)
#   KAFKA_PORT             9092                  client listener on 127.0.0.1
#   KAFKA_CONTROLLER_PORT  9093                  KRaft controller listener on 127.0.0.1
#   KAFKA_HEAP             512m                  -Xmx of the broker and of run-class (>= 256m)
#
# Progress goes to stderr; `up` prints KAFKA_BROKERS=127.0.0.1:<port> on stdout.
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$script_dir/../../.." && pwd)"

local_dir="${KAFKA_LOCAL_DIR:-$repo_root/.local/kafka}"
# The broker runs in its own folder: every path handed to it must be absolute.
[[ "$local_dir" == /* ]] || local_dir="$PWD/$local_dir"
name="${KAFKA_LOCAL_NAME:-default}"
port="${KAFKA_PORT:-9092}"
controller_port="${KAFKA_CONTROLLER_PORT:-9093}"
heap="${KAFKA_HEAP:-512m}"

lib_dir="$local_dir/lib"
lib_marker="$lib_dir/.complete"
instance_dir="$local_dir/$name"
data_dir="$instance_dir/data"
props_file="$instance_dir/server.properties"
pid_file="$instance_dir/kafka.pid"
log_file="$instance_dir/kafka.log"

pom="$script_dir/pom.xml"
log4j_config="$script_dir/log4j.properties"
props_template="$script_dir/server.properties.template"

start_timeout=120
stop_timeout=30

say() { echo "kafka-local[$name]: $*" >&2; }
die() { say "error: $*"; exit 1; }

case "$name" in
  *[!A-Za-z0-9._-]* | '' | . | ..) die "KAFKA_LOCAL_NAME must be a plain folder name, got '$name'" ;;
esac
for p in "$port" "$controller_port"; do
  [[ "$p" =~ ^[0-9]+$ ]] || die "ports must be numbers, got '$p'"
done
[[ "$port" != "$controller_port" ]] || die "KAFKA_PORT and KAFKA_CONTROLLER_PORT must differ"

require_java() {
  command -v java >/dev/null 2>&1 ||
    die "java not found on PATH. Install a JDK 17 (e.g. 'apt-get install openjdk-17-jre-headless') or set PATH."
  local version major
  version="$(java -version 2>&1 | awk -F'"' '/version/ { print $2; exit }')"
  major="${version%%.*}"
  [[ "$major" == 1 ]] && major="$(echo "$version" | cut -d. -f2)"
  # Kafka 3.9's broker needs Java 11+; the project standardises on 17.
  if [[ "$major" =~ ^[0-9]+$ ]] && ((major < 11)); then
    die "java $version is too old: Kafka 3.9 needs Java 11 or newer (17 recommended)."
  fi
}

# The marker holds the pom's checksum: a missing marker means an interrupted copy, a different
# checksum means the pom changed; either way resolve again.
pom_sum() { sha256sum "$pom" 2>/dev/null | cut -d' ' -f1 || cksum "$pom" | cut -d' ' -f1; }

lib_ready() { [[ -f "$lib_marker" && "$(cat "$lib_marker")" == "$(pom_sum)" ]]; }

resolve_jars() {
  lib_ready && return 0
  mkdir -p "$local_dir"
  # Instances share lib/: serialise concurrent first runs where flock exists.
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$local_dir/.lib.lock"
    flock 9
    if lib_ready; then exec 9>&-; return 0; fi
  fi
  command -v mvn >/dev/null 2>&1 ||
    die "mvn not found on PATH: it is needed once to fetch Kafka's jars. Install Maven 3.8+ (e.g. 'apt-get install maven')."
  say "resolving Kafka jars from Maven Central into $lib_dir (first run only)"
  local tmp="$local_dir/.lib.partial.$$"
  rm -rf "$tmp"
  # No -o: for release versions Maven uses ~/.m2 without network when it is already warm.
  # Output is shown only on failure (even -q -B prints stray colour codes).
  local out
  if ! out="$(mvn -q -B -f "$pom" dependency:copy-dependencies \
      -DoutputDirectory="$tmp" -DincludeScope=runtime 2>&1)"; then
    printf '%s\n' "$out" >&2
    rm -rf "$tmp"
    die "mvn could not resolve the jars (network or Maven Central unreachable?)"
  fi
  rm -rf "$lib_dir"
  mv "$tmp" "$lib_dir"
  pom_sum >"$lib_marker"
  say "jars ready ($(find "$lib_dir" -name '*.jar' | wc -l) files)"
  if command -v flock >/dev/null 2>&1; then exec 9>&-; fi
}

# Same classpath and logging for the broker and every tool. The log file name is a property so
# tools run through run-class do not write into the broker's log.
java_cmd() {
  local log_name="$1"
  shift
  java_args=(java -Xms256m "-Xmx$heap" -XX:+UseG1GC -Djava.awt.headless=true
    "-Dlog4j.configuration=file:$log4j_config"
    "-Dkafka.logs.dir=$instance_dir" "-Dkafka.log.file=$log_name"
    -cp "$lib_dir/*" "$@")
}

port_answers() {
  # Bash's /dev/tcp avoids depending on nc; timeout guards against a hanging connect.
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

pid_from_file() {
  [[ -f "$pid_file" ]] || return 1
  local pid
  pid="$(tr -dc '0-9' <"$pid_file")"
  [[ -n "$pid" ]] || return 1
  echo "$pid"
}

# A killed process stays a zombie until its parent (init) reaps it: count that as gone.
alive() {
  local state
  kill -0 "$1" 2>/dev/null || return 1
  state="$(ps -o stat= -p "$1" 2>/dev/null)" || return 1
  [[ "$state" != Z* ]]
}

# Alive AND still our broker: after a crash or reboot the pid may belong to something else.
is_our_broker() {
  local pid="$1" cmdline
  alive "$pid" || return 1
  if [[ -r "/proc/$pid/cmdline" ]]; then
    cmdline="$(tr '\0' ' ' <"/proc/$pid/cmdline")"
  else
    cmdline="$(ps -ww -o args= -p "$pid" 2>/dev/null || true)"
  fi
  [[ "$cmdline" == *kafka.Kafka*"$props_file"* ]]
}

running_pid() {
  local pid
  pid="$(pid_from_file)" || return 1
  is_our_broker "$pid" || return 1
  echo "$pid"
}

# The port a running instance was started with: its properties file, not this call's settings.
instance_port() {
  sed -n 's#^advertised.listeners=PLAINTEXT://127.0.0.1:\([0-9]*\).*#\1#p' "$props_file" 2>/dev/null | head -n 1
}

write_properties() {
  mkdir -p "$data_dir"
  # Written on every up so port changes apply; format and the broker read the same file.
  sed -e "s#@PORT@#$port#g" -e "s#@CONTROLLER_PORT@#$controller_port#g" \
    -e "s#@LOG_DIRS@#$data_dir#g" "$props_template" >"$props_file"
}

format_storage() {
  # meta.properties is written by format: once it exists the data dir keeps its cluster id.
  [[ -f "$data_dir/meta.properties" ]] && return 0
  local cluster_id
  java_cmd kafka.log kafka.tools.StorageTool random-uuid
  # stderr joins stdout only to show the JVM's complaint; on success it is empty.
  cluster_id="$("${java_args[@]}" 2>&1)" || die "StorageTool random-uuid failed: $cluster_id"
  [[ "$cluster_id" =~ ^[A-Za-z0-9_-]{22}$ ]] || die "StorageTool random-uuid printed '$cluster_id', not a cluster id"
  say "formatting $data_dir (cluster id $cluster_id)"
  java_cmd kafka.log kafka.tools.StorageTool format -t "$cluster_id" -c "$props_file" --ignore-formatted
  "${java_args[@]}" >&2 || die "StorageTool format failed; see $log_file"
}

# SIGTERM, wait, then SIGKILL; only ever the one pid we were given.
stop_pid() {
  local pid="$1" waited=0
  kill -TERM "$pid" 2>/dev/null || return 0
  while alive "$pid"; do
    if ((waited >= stop_timeout * 10)); then
      say "pid $pid still alive after ${stop_timeout}s, sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      break
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
  while alive "$pid"; do sleep 0.1; done
}

broker_ready() {
  local offset="$1"
  # offset "-": we did not start it, so only the port tells.
  [[ "$offset" == - ]] && { port_answers "$port"; return; }
  port_answers "$port" && tail -c "+$((offset + 1))" "$log_file" 2>/dev/null | grep -q 'Kafka Server started'
}

wait_ready() {
  local pid="$1" offset="$2" started=$SECONDS
  while ! broker_ready "$offset"; do
    if ! alive "$pid"; then
      say "broker (pid $pid) exited during start-up; last 40 lines of $log_file:"
      tail -n 40 "$log_file" >&2 || true
      rm -f "$pid_file"
      exit 1
    fi
    if ((SECONDS - started >= start_timeout)); then
      say "broker not ready after ${start_timeout}s; last 40 lines of $log_file:"
      tail -n 40 "$log_file" >&2 || true
      stop_pid "$pid"
      rm -f "$pid_file"
      exit 1
    fi
    sleep 0.2
  done
}

cmd_up() {
  local pid offset started=$SECONDS
  mkdir -p "$instance_dir"
  # Two `up`s of one instance at once would start two brokers on one data dir: the second waits
  # here and then finds the first one running.
  if command -v flock >/dev/null 2>&1; then
    exec 8>"$instance_dir/.up.lock"
    flock 8
  fi
  if pid="$(running_pid)"; then
    local running_port
    running_port="$(instance_port)"
    if [[ -n "$running_port" && "$running_port" != "$port" ]]; then
      die "instance '$name' already runs on port $running_port (pid $pid), not $port; run down first to move it"
    fi
    if port_answers "$port"; then
      say "reusing running broker (pid $pid) on 127.0.0.1:$port"
      echo "KAFKA_BROKERS=127.0.0.1:$port"
      return 0
    fi
    # Our broker, alive but not answering yet: probably another `up` is still starting it.
    say "broker (pid $pid) is running but not answering yet; waiting"
    wait_ready "$pid" -
    echo "KAFKA_BROKERS=127.0.0.1:$port"
    return 0
  fi
  if [[ -f "$pid_file" ]]; then
    say "removing stale pid file (pid $(cat "$pid_file") is gone)"
    rm -f "$pid_file"
  fi

  require_java
  for p in "$port" "$controller_port"; do
    port_answers "$p" && die "port 127.0.0.1:$p is already in use by another process; choose other KAFKA_PORT / KAFKA_CONTROLLER_PORT"
  done
  resolve_jars
  write_properties
  format_storage

  touch "$log_file"
  offset="$(wc -c <"$log_file")"
  say "starting broker on 127.0.0.1:$port (controller $controller_port, data $data_dir)"
  java_cmd kafka.log kafka.Kafka "$props_file"
  # setsid + nohup: the broker gets its own session and survives the calling shell and terminal.
  # The wrapper writes its own pid and then execs java, so the pid file names the java process.
  rm -f "$pid_file.new"
  # Every fd is redirected and the subshell execs, so nothing keeps the caller's stdout open
  # (a `$(kafka-local.sh up)` would otherwise wait for the broker to exit).
  (
    cd "$instance_dir"
    exec 8>&- # the broker must not hold the up lock
    exec setsid nohup bash -c 'echo $$ >"$0.new" && mv "$0.new" "$0" && exec "$@"' \
      "$pid_file" "${java_args[@]}"
  ) </dev/null >>"$log_file" 2>&1 &
  local i
  for ((i = 0; i < 100; i++)); do
    [[ -f "$pid_file" ]] && break
    sleep 0.05
  done
  pid="$(pid_from_file)" || die "broker did not start; see $log_file"

  wait_ready "$pid" "$offset"
  say "broker ready (pid $pid) in $((SECONDS - started))s"
  echo "KAFKA_BROKERS=127.0.0.1:$port"
}

cmd_down() {
  local pid
  if ! pid="$(pid_from_file)"; then
    say "not running"
    return 0
  fi
  if is_our_broker "$pid"; then
    say "stopping broker (pid $pid)"
    stop_pid "$pid"
    say "stopped"
  elif alive "$pid"; then
    say "pid $pid is not our broker any more; left alone"
  else
    say "not running (removed stale pid file of pid $pid)"
  fi
  rm -f "$pid_file"
}

# A crash on purpose: SIGKILL and leave the pid file behind, as a real crash would.
cmd_kill() {
  local pid
  if ! pid="$(running_pid)"; then
    say "not running"
    return 0
  fi
  say "killing broker (pid $pid) with SIGKILL"
  kill -KILL "$pid"
  while alive "$pid"; do sleep 0.1; done
}

cmd_status() {
  local pid
  if pid="$(running_pid)"; then
    local running_port
    running_port="$(instance_port)"
    running_port="${running_port:-$port}"
    if port_answers "$running_port"; then
      echo "kafka[$name]: running pid=$pid port=$running_port"
    else
      echo "kafka[$name]: running pid=$pid port=$running_port (not answering yet)"
    fi
    return 0
  fi
  echo "kafka[$name]: stopped port=$port"
  return 3
}

cmd_run_class() {
  (($# >= 1)) || die "usage: kafka-local.sh run-class <java class> [args...]"
  require_java
  resolve_jars
  mkdir -p "$instance_dir"
  java_cmd tools.log "$@"
  exec "${java_args[@]}"
}

usage() {
  echo "usage: $(basename "$0") up | down | status | kill | run-class <java class> [args...]" >&2
  exit 2
}

(($# >= 1)) || usage
command="$1"
shift
case "$command" in
  up) cmd_up ;;
  down) cmd_down ;;
  status) cmd_status ;;
  kill) cmd_kill ;;
  run-class) cmd_run_class "$@" ;;
  *) usage ;;
esac
