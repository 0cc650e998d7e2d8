#!/usr/bin/env python3
"""Instantiates the derivative templates in this folder into ../VectorMath.*Derivative.cs.

Same template language as src/Runtime/Math/Templates/generate.py (whose `instantiate` is reused, so the
tokens and //@all //@vec //@scalar //@end modes mean the same), plus one macro for the public overloads:

  //@api Name :: Core :: summary (XML-escaped) :: p1=description, p2=description

expands to the eight public overloads of Name: float and double, scalar and Vector128/256/512, each taking x
and the parameters as scalars. The float overloads widen to double, call CoreF on each half and narrow once
(the scalar one casts); the double overloads call CoreD. `//@api-float-only` instead has the float overloads
call CoreFF(x) on the float vector (or float) itself, for derivatives written in float arithmetic. Run `python3 src/Runtime/Math/Derivatives/Templates/generate.py`.
"""
import importlib.util, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
_spec = importlib.util.spec_from_file_location('fk_math_generate', os.path.join(HERE, '..', '..', 'Templates', 'generate.py'))
_base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_base)

IND = '        '

FLOAT_ONLY = '//@api-float-only'

def expand_api(line):
    float_only = line.strip().startswith(FLOAT_ONLY)
    _, rest = line.split(FLOAT_ONLY if float_only else '//@api', 1)
    name, core, summary, params = [s.strip() for s in rest.split(' :: ')]
    ps = [p.split('=', 1) for p in params.split(',') if p.strip() and '=' in p]
    ps = [(n.strip(), d.strip()) for n, d in ps]
    pdoc = [IND + '/// <param name="x">The input.</param>'] + [IND + '/// <param name="%s">%s</param>' % (n, d) for n, d in ps]
    fargs = ''.join(', float %s' % n for n, _ in ps)
    dargs = ''.join(', double %s' % n for n, _ in ps)
    call = ''.join(', %s' % n for n, _ in ps)
    inl = IND + '[MethodImpl(MethodImplOptions.AggressiveInlining)]'
    fsum = IND + '/// <summary>%s; %s.</summary>' % (summary, 'float-only (no widening to double)' if float_only else 'evaluated in double and rounded once')
    dsum = IND + '/// <summary>%s.</summary>' % summary
    fvec = ([IND + 'public static $VF$ %s($VF$ x%s) => %sFF(x%s);' % (name, fargs, core, call)] if float_only else
            [IND + 'public static $VF$ %s($VF$ x%s)' % (name, fargs),
             IND + '{',
             IND + '    var (lo, hi) = $O$.Widen(x);',
             IND + '    return $O$.Narrow(%sF(lo%s), %sF(hi%s));' % (core, call, core, call),
             IND + '}'])
    fscalar = '%sFF(x%s)' % (core, call) if float_only else '(float)%sF(x%s)' % (core, call)
    out = ['//@vec', fsum] + pdoc + [inl] + fvec + ['', dsum] + pdoc + [inl,
           IND + 'public static $VD$ %s($VD$ x%s) => %sD(x%s);' % (name, dargs, core, call),
           '//@scalar', fsum] + pdoc + [inl,
           IND + 'public static float %s(float x%s) => %s;' % (name, fargs, fscalar), '', dsum] + pdoc + [inl,
           IND + 'public static double %s(double x%s) => %sD(x%s);' % (name, dargs, core, call),
           '//@end', '']
    return out

API = []

def api_lines(line):
    _, rest = line.split(FLOAT_ONLY if line.strip().startswith(FLOAT_ONLY) else '//@api', 1)
    name, _c, _s, params = [s.strip() for s in rest.split(' :: ')]
    ps = [q.split('=', 1)[0].strip() for q in params.split(',') if q.strip() and '=' in q]
    for el in ('float', 'double'):
        extra = ''.join(', %s %s' % (el, n) for n in ps)
        for vt in (el, 'System.Runtime.Intrinsics.Vector128<%s>' % el, 'System.Runtime.Intrinsics.Vector256<%s>' % el, 'System.Runtime.Intrinsics.Vector512<%s>' % el):
            API.append('static FusedKernels.Runtime.VectorMath.%s(%s x%s) -> %s' % (name, vt, extra, vt))
        # The references in Reference.Derivatives.cs have the same names and scalar signatures.
        API.append('static FusedKernels.Runtime.Reference.%s(%s x%s) -> %s' % (name, el, extra, el))

def main():
    for name in sorted(os.listdir(HERE)):
        if not name.endswith('.cs.in'):
            continue
        base = name[:-len('.cs.in')]
        text = open(os.path.join(HERE, name)).read().split('\n')
        i = text.index('//@body'); j = text.index('//@endbody')
        header, body, footer = text[:i], text[i + 1:j], text[j + 1:]
        expanded = []
        for line in body:
            if line.strip().startswith('//@api'):
                api_lines(line)
            expanded += expand_api(line) if line.strip().startswith('//@api') else [line]
        lines = ['// This file is produced by Derivatives/Templates/generate.py from Derivatives/Templates/%s; edit the template, not this file.' % name]
        lines += header
        for w in ['Sc', 'V128', 'V256', 'V512']:
            inst = _base.instantiate(expanded, w)
            lines += ['', '        // ---------------- %s ----------------' % ('scalar' if w == 'Sc' else _base.WIDTHS[w]['VN'])]
            lines += inst
        lines += footer
        target = os.path.join(OUT, base + '.cs')
        text = '\n'.join(lines).rstrip('\n') + '\n'
        text = re.sub(r'\n{3,}', '\n\n', text)
        open(target, 'w').write(text)
        print('wrote', os.path.relpath(target, OUT))
    # The public surface these files add, in PublicApiAnalyzers' format, for src/Runtime/PublicAPI.Unshipped.txt.
    open(os.path.join(OUT, 'PublicAPI.Derivatives.txt'), 'w').write('\n'.join(sorted(API)) + '\n')
    print('wrote PublicAPI.Derivatives.txt')

if __name__ == '__main__':
    main()
