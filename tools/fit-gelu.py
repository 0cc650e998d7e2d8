#!/usr/bin/env python3
"""Fits the per-interval polynomials of float gelu's table form (src/Runtime/Math/VectorMath.Gelu.cs.in).

No mpmath/numpy: erfc in Python's decimal at 120 digits, least squares by exact normal equations in decimal.
Each interval: relative minimax by Lawson-weighted least squares on Chebyshev nodes, then the coefficients rounded to
float one at a time from degree 2 upward (the higher ones and c0, c1 refitted each time); c0 and c1 are kept as
float pairs (hi + lo), so their rounding costs nothing. Prints the C# tables and the measured fit error.

  main (Phi form):  Phi(-(j + 1/2 + s)/4) ~ c0 + c1 s + ... + c6 s^6, j = 0..15 (a = |x| in [0, 4)), s in [-1/2, 1/2]
  tail (M form):    M(a) = Phi(-a) e^(a^2/2) ~ d0 + d1 s + ... + d5 s^5 on a = 2^e (1 + (i + 1/2 + s)/8),
                    e = 2..3, i = 0..7 (a in [4, 16)), s in [-1/2, 1/2], entry 8 (e - 1) + i mod 16
Usage: python3 tools/fit-gelu.py
"""
import struct, sys
from decimal import Decimal as D, getcontext

getcontext().prec = 120
PI = D('3.14159265358979323846264338327950288419716939937510582097494459230781640628620899862803482534211706798214808651328230664709384460955058223172535940812848111745028410270193852110555964462294895493038196')
SQRT2 = D(2).sqrt()
SQRTPI = PI.sqrt()

def erf_series(z):
    # erf(z) = 2/sqrt(pi) e^(-z^2) sum_n 2^n z^(2n+1) / (1*3*...*(2n+1)), all terms positive
    if z == 0:
        return D(0)
    z2 = z * z
    term = z
    total = term
    n = 0
    eps = D(10) ** -115
    while True:
        n += 1
        term = term * 2 * z2 / (2 * n + 1)
        total += term
        if term < total * eps:
            break
    return 2 / SQRTPI * (-z2).exp() * total

def Phi(x):
    """Phi(x) = erfc(-x/sqrt2)/2."""
    z = x / SQRT2
    if z >= 0:
        return (1 + erf_series(z)) / 2
    return (1 - erf_series(-z)) / 2

def Mtail(a):
    """M(a) = Phi(-a) e^(a^2/2)."""
    return Phi(-a) * (a * a / 2).exp()

def pw_(s, k):
    r = D(1)
    for _ in range(k):
        r *= s
    return r

def f32(v):
    return struct.unpack('f', struct.pack('f', float(v)))[0]

def cheb(n):
    import math
    return [D(repr(0.5 * math.cos(math.pi * (k + 0.5) / n))) for k in range(n)]

def solve(A, b):
    n = len(b)
    M = [row[:] + [b[i]] for i, row in enumerate(A)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(M[r][c]))
        M[c], M[p] = M[p], M[c]
        for r in range(c + 1, n):
            f = M[r][c] / M[c][c]
            for k in range(c, n + 1):
                M[r][k] -= f * M[c][k]
    x = [D(0)] * n
    for r in range(n - 1, -1, -1):
        x[r] = (M[r][n] - sum(M[r][k] * x[k] for k in range(r + 1, n))) / M[r][r]
    return x

def lawson(nodes, vals, free, fixed, iters=60):
    """Minimax of |p - f|/|f| with p = sum fixed[k] s^k (k not free) + sum_{k in free} c_k s^k."""
    w = [D(1)] * len(nodes)
    best = None
    for it in range(iters):
        # weighted LS: minimize sum w_i ((p_i - f_i)/f_i)^2
        A = [[D(0)] * len(free) for _ in free]
        b = [D(0)] * len(free)
        for s, f, wi in zip(nodes, vals, w):
            r = f - sum(c * pw_(s, k) for k, c in fixed.items())
            g = wi / (f * f)
            pw = [pw_(s, k) for k in free]
            for i in range(len(free)):
                b[i] += g * pw[i] * r
                for j in range(len(free)):
                    A[i][j] += g * pw[i] * pw[j]
        c = solve(A, b)
        coef = dict(fixed)
        for k, v in zip(free, c):
            coef[k] = v
        errs = [abs((sum(cc * pw_(s, k) for k, cc in coef.items()) - f) / f) for s, f in zip(nodes, vals)]
        m = max(errs)
        if best is None or m < best[0]:
            best = (m, coef)
        tot = sum(wi * e for wi, e in zip(w, errs))
        w = [wi * e / tot for wi, e in zip(w, errs)]
    return best[1]

def fit(func, deg, nnodes=48):
    nodes = cheb(nnodes)
    vals = [func(s) for s in nodes]
    coef = lawson(nodes, vals, list(range(deg + 1)), {})
    fixed = {}
    # round degree 2 upward one at a time, refitting the rest (c0, c1 stay exact: stored as float pairs)
    for k in range(2, deg + 1):
        fixed[k] = D(repr(f32(coef[k])))
        free = [i for i in range(deg + 1) if i not in fixed]
        coef = lawson(nodes, vals, free, fixed) if len(free) > 0 else dict(fixed)
    out = {}
    for k in range(deg + 1):
        if k <= 1:
            hi = f32(coef[k]); lo = f32(coef[k] - D(repr(hi)))
            out[k] = (hi, lo)
        else:
            out[k] = (f32(coef[k]), 0.0)
    # error of the float coefficients (exact arithmetic) on a dense grid
    err = D(0)
    grid = [D(i) / 400 - D('0.5') for i in range(401)]
    for s in grid:
        f = func(s)
        p = sum((D(repr(out[k][0])) + D(repr(out[k][1]))) * pw_(s, k) for k in range(deg + 1))
        err = max(err, abs((p - f) / f))
    return out, err

def fmt(v):
    t = '%.9g' % v
    if 'e' not in t and '.' not in t:
        t += '.0'
    return t + 'f'

def main():
    import math
    which = sys.argv[1] if len(sys.argv) > 1 else 'both'
    if which in ('main', 'both'):
        rows = {}
        worst = 0
        for j in range(16):
            out, err = fit(lambda s, j=j: Phi(-(D(j) + D('0.5') + s) / 4), 6)
            rows[j] = out
            worst = max(worst, err)
            print('// main j=%d (a in [%g, %g]) fit rel err 2^%.2f' % (j, j / 4, (j + 1) / 4, math.log2(float(err))), file=sys.stderr)
        print('// main worst 2^%.2f' % math.log2(float(worst)))
        emit('MainTable', rows, [(0, 0), (0, 1), (1, 0), (1, 1), (2, 0), (3, 0), (4, 0), (5, 0), (6, 0)],
             ['c0 hi', 'c0 lo', 'c1 hi', 'c1 lo', 'c2', 'c3', 'c4', 'c5', 'c6'])
    if which in ('tail', 'both'):
        rows = {}
        worst = 0
        for e in (2, 3):
            for i in range(8):
                f = lambda s, e=e, i=i: Mtail(D(2) ** e * (1 + (D(i) + D('0.5') + s) / 8))
                out, err = fit(f, 5)
                rows[((e - 1) * 8 + i) % 16] = out
                worst = max(worst, err)
                print('// tail a in [%g, %g) fit rel err 2^%.2f' % (2 ** e * (1 + i / 8), 2 ** e * (1 + (i + 1) / 8), math.log2(float(err))), file=sys.stderr)
        print('// tail worst 2^%.2f' % math.log2(float(worst)))
        emit('TailTable', rows, [(0, 0), (0, 1), (1, 0), (2, 0), (3, 0), (4, 0), (5, 0)],
             ['d0 hi', 'd0 lo', 'd1', 'd2', 'd3', 'd4', 'd5'])

def emit(name, rows, layout, names):
    print('internal static ReadOnlySpan<float> %s =>' % name)
    print('[')
    for n, (k, part) in zip(names, layout):
        print('    // %s, entries 0..%d' % (n, len(rows) - 1))
        print('    ' + ', '.join(fmt(rows[i][k][part]) for i in range(len(rows))) + ',')
    print('];')

if __name__ == '__main__':
    main()
