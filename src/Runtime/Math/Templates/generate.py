#!/usr/bin/env python3
"""Instantiates the width-generic templates in this folder into ../VectorMath.*.cs and ../Ops.*.cs.

C# has no generic SIMD abstraction that works on net8.0 (ISimdVector is internal there), so each
algorithm is written once in a *.cs.in template and stamped out for the scalar double path (Sc) and
Vector128/256/512<double>. The generated files are committed; edit the template and run
`python3 src/Runtime/Math/Templates/generate.py`, never the generated file.

Template syntax (line based):
  //@all      following lines go to every width (scalar, V128, V256, V512) - the default
  //@vec      following lines go to the three vector widths only
  //@scalar   following lines go to the scalar instance only
  //@end      back to //@all
Tokens: $VD$ double vector (or double), $VF$ float vector (or float), $VM$ mask of double lanes (or bool),
$VMF$ mask of float lanes (a float vector, or bool),
$VU$ ulong vector (or ulong), $O$ the ops class (Sc, V128, V256, V512), $VN$ Vector128/256/512,
$ISA$ x86 class with min/max (Sse2/Avx/Avx512F), $FMAISA$/$FMA$/$FNMA$/$FMS$ x86 fused multiply-add.
"""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

WIDTHS = {
    'Sc':   dict(VD='double', VF='float', VMF='bool', VM='bool', VU='ulong', O='Sc', VN='', ISA='', RCPISA='', FMAISA='', FMA='', FNMA='', FMS=''),
    'V128': dict(VD='Vector128<double>', VF='Vector128<float>', VMF='Vector128<float>', VM='Vector128<double>', VU='Vector128<ulong>', O='V128', VN='Vector128', ISA='Sse2', RCPISA='Avx512F.VL', FMAISA='X86.Fma', FMA='MultiplyAdd', FNMA='MultiplyAddNegated', FMS='MultiplySubtract'),
    'V256': dict(VD='Vector256<double>', VF='Vector256<float>', VMF='Vector256<float>', VM='Vector256<double>', VU='Vector256<ulong>', O='V256', VN='Vector256', ISA='Avx', RCPISA='Avx512F.VL', FMAISA='X86.Fma', FMA='MultiplyAdd', FNMA='MultiplyAddNegated', FMS='MultiplySubtract'),
    'V512': dict(VD='Vector512<double>', VF='Vector512<float>', VMF='Vector512<float>', VM='Vector512<double>', VU='Vector512<ulong>', O='V512', VN='Vector512', ISA='Avx512F', RCPISA='Avx512F', FMAISA='Avx512F', FMA='FusedMultiplyAdd', FNMA='FusedMultiplyAddNegated', FMS='FusedMultiplySubtract'),
}

def instantiate(body, width):
    toks = WIDTHS[width]
    out, mode = [], 'all'
    for line in body:
        s = line.strip()
        if s in ('//@all', '//@end'): mode = 'all'; continue
        if s == '//@vec': mode = 'vec'; continue
        if s == '//@scalar': mode = 'scalar'; continue
        if mode == 'vec' and width == 'Sc': continue
        if mode == 'scalar' and width != 'Sc': continue
        for k, v in toks.items():
            line = line.replace('$' + k + '$', v)
        out.append(line)
    return out

def main():
    for name in sorted(os.listdir(HERE)):
        if not name.endswith('.cs.in'):
            continue
        base = name[:-len('.cs.in')]
        text = open(os.path.join(HERE, name)).read().split('\n')
        # header: everything up to the line '//@body'; footer after '//@endbody'
        i = text.index('//@body'); j = text.index('//@endbody')
        header, body, footer = text[:i], text[i + 1:j], text[j + 1:]
        widths = ['Sc', 'V128', 'V256', 'V512']
        m = re.match(r'//@widths (.*)', header[0]) if header else None
        if m:
            widths = m.group(1).split(); header = header[1:]
        lines = ['// This file is produced by Templates/generate.py from Templates/%s; edit the template, not this file.' % name]
        lines += header
        for w in widths:
            inst = instantiate(body, w)
            if len(widths) > 1 and any(l.strip() for l in inst):
                lines += ['', '        // ---------------- %s ----------------' % ('scalar' if w == 'Sc' else WIDTHS[w]['VN'])]
            lines += inst
        lines += footer
        target = os.path.join(OUT, base + '.cs')
        open(target, 'w').write('\n'.join(lines).rstrip('\n') + '\n')
        print('wrote', os.path.relpath(target, OUT))

if __name__ == '__main__':
    main()
