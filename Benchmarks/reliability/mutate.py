#!/usr/bin/env python3
"""Mutation run: hostile variants of the bundled CSV and JSON panels, each read by `outturn describe` and `outturn
trend`. Counts, per command, how each input ended: a result, a clean one-line error (`outturn: error:` with
exit 1 or 2), a crash (any other exit, a signal), or a hang (over the time limit). Prints one CSV line per
command and the crashing or hanging inputs' paths (kept in OUT/keep/ as regression cases).

    python3 Benchmarks/reliability/mutate.py [--binary .build/release/outturn] [--count 2000] [--seed 1] [--out Benchmarks/out/mutate]

Deterministic for a seed: the same inputs every run.
"""
import argparse, json, os, random, shutil, subprocess, sys

SEEDS = {
    "long.csv": "department,indicator,year,value,unit\nedu,budget_revenue,2019,15880.27,万元\nedu,budget_revenue,2020,16012.5,万元\n"
                "edu,budget_revenue,2021,16890,万元\nedu,execution_rate,2020,92.5,%\nedu,execution_rate,2021,95.1,%\n"
                "health,budget_revenue,2019,8200,万元\nhealth,budget_revenue,2020,8650.4,万元\nhealth,budget_revenue,2021,9001,万元\n",
    "wide.csv": "department,indicator,2019,2020,2021,2022\nedu,budget_revenue,15880.27,16012.5,16890,17020\n"
                "health,budget_revenue,8200,8650.4,9001,\"9,120.5\"\n",
    "records.json": json.dumps([{"department": d, "indicator": "budget_revenue", "year": y, "value": v, "unit": "万元"}
                                for d, base in (("edu", 15880.0), ("health", 8200.0)) for y, v in
                                ((2019 + k, base * (1.04 ** k)) for k in range(4))], ensure_ascii=False, indent=1),
}

HOSTILE = [b"1e999", b"-1e309", b"9" * 400, b"nan", b"inf", b"\x00", b"\xef\xbb\xbf", b"\r\n", b"\"", b"\"\"",
           b",", b"\n", b"\xd5\xfe\xb7\xf2", b"\xff\xfe", b"1", b"9999", b"0", b"-", b"1,234", b" " * 4000,
           b"\xe4\xb8\x87\xe5\x85\x83", "\u200b".encode(), b"2023-24", b"FY2021", b"null"]


def mutate(data: bytes, rng: random.Random) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 2)):
        op = rng.randrange(7)
        at = rng.randrange(len(b) + 1) if b else 0
        if op == 0 and b:                       # flip a byte
            b[min(at, len(b) - 1)] = rng.randrange(256)
        elif op == 1:                           # insert a hostile token
            b[at:at] = rng.choice(HOSTILE)
        elif op == 2 and b:                     # delete a run
            del b[at:at + rng.randint(1, 40)]
        elif op == 3:                           # duplicate a line
            lines = bytes(b).split(b"\n")
            k = rng.randrange(len(lines))
            lines.insert(k, lines[k])
            b = bytearray(b"\n".join(lines))
        elif op == 4:                           # replace a number with a hostile one
            digits = [i for i, c in enumerate(b) if 48 <= c <= 57]
            if digits:
                i = rng.choice(digits)
                j = i
                while j < len(b) and (48 <= b[j] <= 57 or b[j] == 46):
                    j += 1
                b[i:j] = rng.choice(HOSTILE)
        elif op == 5:                           # truncate
            del b[at:]
        else:                                   # repeat a slice many times
            piece = bytes(b[at:at + rng.randint(1, 30)])
            b[at:at] = piece * rng.randint(2, 2000)
    return bytes(b)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=".build/release/outturn")
    ap.add_argument("--count", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=20.0)
    ap.add_argument("--out", default="Benchmarks/out/mutate")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    shutil.rmtree(args.out, ignore_errors=True)
    os.makedirs(os.path.join(args.out, "keep"))
    tally = {c: {"result": 0, "error": 0, "crash": 0, "hang": 0} for c in ("describe", "trend")}
    kept = []
    for n in range(args.count):
        name = rng.choice(sorted(SEEDS))
        path = os.path.join(args.out, f"m{n}{os.path.splitext(name)[1]}")
        with open(path, "wb") as f:
            f.write(mutate(SEEDS[name].encode(), rng))
        for command in tally:
            try:
                p = subprocess.run([args.binary, command, "--data", path, "--format", "csv"], capture_output=True,
                                   timeout=args.timeout, env={**os.environ, "OPENBLAS_NUM_THREADS": "1"})
                err = p.stderr.decode("utf-8", "replace")
                if p.returncode == 0:
                    outcome = "result"
                elif p.returncode in (1, 2) and err.startswith("outturn: error:") and err.count("\n") <= 2:
                    outcome = "error"
                else:
                    outcome = "crash"
            except subprocess.TimeoutExpired:
                outcome = "hang"
            tally[command][outcome] += 1
            if outcome in ("crash", "hang"):
                keep = os.path.join(args.out, "keep", os.path.basename(path))
                shutil.copy(path, keep)
                kept.append(f"{command} {outcome}: {keep}")
        os.remove(path)
    print("command,inputs,result,clean_error,crash,hang")
    for command, t in tally.items():
        print(f"{command},{args.count},{t['result']},{t['error']},{t['crash']},{t['hang']}")
    for line in kept:
        print(line, file=sys.stderr)
    return 1 if kept else 0


if __name__ == "__main__":
    sys.exit(main())
