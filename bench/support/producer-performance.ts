import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { REPO_ROOT } from '@tandem/devkit';
import { note } from './cli';

export interface ProducerPerformanceRun {
  brokers: string;
  topic: string;
  records: number;
  recordSize: number;
}

export interface ProducerPerformanceResult {
  recordsPerSecond: number;
  mbPerSecond: number;
}

// e.g. "200000 records sent, 51613.4 records/sec (50.40 MB/sec), 541.29 ms avg latency, 968.00 ms max latency, 523 ms 50th, ..."
const SUMMARY = /^(\d+) records sent, ([\d.]+) records\/sec \(([\d.]+) MB\/sec\),.*50th/;

/**
 * Kafka's own ProducerPerformance from the local script's jars, with the relay's durability
 * (acks=all, idempotent), as the ceiling a Kafka producer on this machine reaches.
 */
export async function runProducerPerformance(run: ProducerPerformanceRun): Promise<ProducerPerformanceResult> {
  const args = [
    resolve(REPO_ROOT, 'deploy/local/kafka/kafka-local.sh'),
    'run-class',
    'org.apache.kafka.tools.ProducerPerformance',
    ...['--topic', run.topic, '--num-records', String(run.records), '--record-size', String(run.recordSize)],
    ...['--throughput', '-1', '--producer-props', `bootstrap.servers=${run.brokers}`, 'acks=all', 'enable.idempotence=true'],
  ];
  const output = await runForwardingLines('bash', args);
  const summary = output.map((line) => SUMMARY.exec(line)).find((match) => match !== null);
  if (!summary) throw new Error(`ProducerPerformance printed no summary line:\n${output.join('\n')}`);
  if (Number(summary[1]) !== run.records) throw new Error(`ProducerPerformance sent ${summary[1]} of ${run.records} records`);
  return { recordsPerSecond: Number(summary[2]), mbPerSecond: Number(summary[3]) };
}

/** Runs a command, echoing its stdout lines as progress; resolves with them, rejects with its stderr. */
function runForwardingLines(command: string, args: string[]): Promise<string[]> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let partial = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      for (const line of parts.filter(Boolean)) {
        lines.push(line);
        note(`  producer-perf: ${line}`);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (partial) lines.push(partial);
      if (code === 0) resolvePromise(lines);
      else reject(new Error(`${command} ${args.slice(0, 3).join(' ')} exited with ${code}:\n${stderr}`));
    });
  });
}
