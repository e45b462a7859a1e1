#!/usr/bin/env python3
"""A stand-in for one task of your own work in Python: regrid member --member of an ensemble, --size thousand
cells of arithmetic. Measure it from the project's folder:

    ./run-benchmarks.sh --command 'python3 examples/command/regrid.py --member {index} --size {weight}' --weights 1,10,100,1000
"""
import argparse


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--member", type=int, required=True)
    parser.add_argument("--size", type=int, required=True, help="thousands of cells")
    args = parser.parse_args()
    x = args.member + 1
    for _ in range(args.size * 1000):
        x = (x * 1103515245 + 12345) % 2147483648
    print(f"member {args.member}: {args.size * 1000} cells, state {x}")


if __name__ == "__main__":
    main()
