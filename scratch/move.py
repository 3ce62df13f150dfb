"""Moves TS modules and rewrites every import of them. Usage: move.py old=new ... (paths without ext, repo-relative)."""
import os, re, subprocess, sys
ROOT = '/work/main'
os.chdir(ROOT)
moves = dict(a.split('=') for a in sys.argv[1:])
files = subprocess.run(['git', 'ls-files', '*.ts', '*.tsx', '*.mjs', '*.js', '*.cjs'], capture_output=True, text=True).stdout.split()
files = [f for f in files if os.path.exists(f)]
EXTS = ['.ts', '.tsx', '.mjs', '.js', '']
def resolve(base):
    for e in EXTS:
        if os.path.isfile(base + e): return base + e
    for e in ['.ts', '.tsx']:
        if os.path.isfile(os.path.join(base, 'index' + e)): return os.path.join(base, 'index' + e)
    return None
def strip(p):
    for e in ['.tsx', '.ts', '.mjs', '.js']:
        if p.endswith(e): return p[:-len(e)], e
    return p, ''
# file moves: old file path -> new file path
fmoves = {}
for old, new in moves.items():
    f = resolve(old)
    if not f: sys.exit(f'no file for {old}')
    _, e = strip(f)
    fmoves[f] = new + e
SPEC = re.compile(r"""((?:from|import)\s*\(?\s*|vi\.mock\(\s*|require\(\s*)(['"])([^'"]+)\2""")
for f in files:
    src = open(f).read()
    newf = fmoves.get(f, f)
    def rep(m):
        spec = m.group(3)
        if spec.startswith('@/'): target = resolve(spec[2:]); style = '@'
        elif spec.startswith('.'): target = resolve(os.path.normpath(os.path.join(os.path.dirname(f), spec))); style = '.'
        else: return m.group(0)
        if not target: return m.group(0)
        tnew = fmoves.get(target, target)
        if tnew == target and newf == f: return m.group(0)
        keep_ext = strip(spec)[1] != '' and not spec.endswith(os.path.basename(spec).split('.')[0])
        base, e = strip(tnew)
        had_ext = os.path.splitext(spec)[1] in ('.ts', '.tsx', '.mjs', '.js')
        tgt = tnew if had_ext else base
        if style == '@': out = '@/' + tgt
        else:
            out = os.path.relpath(tgt, os.path.dirname(newf))
            if not out.startswith('.'): out = './' + out
        return m.group(1) + m.group(2) + out + m.group(2)
    out = SPEC.sub(rep, src)
    if out != src: open(f, 'w').write(out)
for old, new in fmoves.items():
    os.makedirs(os.path.dirname(new), exist_ok=True)
    subprocess.run(['git', 'mv', old, new], check=True)
print('moved', len(fmoves))
