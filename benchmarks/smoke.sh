#!/usr/bin/env bash
# CI smoke run of the benchmark suite: one benchmark (the generated leaky_relu at 4K floats) with BenchmarkDotNet's
# ShortRun job, so the project keeps building and running. Not a timing assertion: it fails only when the benchmark
# cannot build or run. Results go to a temporary directory, never over the published ones.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet run -c Release --project benchmarks/FusedKernels.Benchmarks -- \
  --filter '*.Kernels.Fused' --short --kernels leaky_relu --sizes 4096 --artifacts "$out" --exporters json
test -s "$out/results/FusedKernels.Benchmarks.Kernels-report-full.json" || { echo "smoke: no results were written"; exit 1; }
echo "benchmark smoke run: OK"
