# Picks the curated drugs from the BDPM files: for each line of specs.py, the first marketed
# speciality whose name matches, with its substances (the therapeutic fraction when the BDPM gives
# one) named by the DCIs of the spec, its strengths, routes, form and narcotic flag ("stupéfiants"
# in CIS_CPD_bdpm.txt). Usage: python3 curate.py <folder of the BDPM files>, then gen.py.
import os, re, unicodedata, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from specs import S
BDPM = sys.argv[1]
def lines(name):
    return open(os.path.join(BDPM, name), encoding='windows-1252').read().splitlines()
def norm(s):
    s = unicodedata.normalize('NFD', s)
    return ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()
bdpm = [l.split('\t') for l in lines('CIS_bdpm.txt')]
compo = {}
for l in lines('CIS_COMPO_bdpm.txt'):
    f = l.split('\t')
    if len(f) > 9:  # odd rows: extra empty fields after the substance name
        f = f[:4] + [x for x in f[4:] if x != ''] + ['']
    compo.setdefault(f[0], []).append(f)
narc = set()
for l in lines('CIS_CPD_bdpm.txt'):
    f = l.split('\t')
    if len(f) > 1 and 'stupéfiant' in f[1]:
        narc.add(f[0])
ALIAS = {'acide clavulanique': ['clavulan'], 'trinitrine': ['nitroglycer', 'trinitrate de glyceryle', 'trinitrine'], 'acide tranexamique': ['tranexamique'],
         'cholécalciférol': ['colecalciferol', 'cholecalciferol'], 'lithium': ['lithium'],
         'héparine': ['heparine'], 'sulfate ferreux': ['fer', 'sulfate ferreux'],
         'insuline humaine': ['insuline humaine'], 'carbonate de calcium': ['calcium'],
         'macrogol 4000': ['macrogol'], 'benzathine benzylpénicilline': ['benzathine'],
         'benzylpénicilline': ['benzylpenicilline'], 'cyanocobalamine': ['cyanocobalamine'],
         'mycophénolate mofétil': ['mycophenolate'], 'isosorbide dinitrate': ['isosorbide'],
         'chlorure de potassium': ['potassium'], 'acide acétylsalicylique': ['acetylsalicyl'],
         'dabigatran': ['dabigatran'], 'insuline glargine': ['glargine'], 'insuline asparte': ['asparte'],
         'insuline lispro': ['lispro'], 'insuline détémir': ['detemir'], 'acide valproïque': ['valpro'],
         'phytoménadione': ['phytomenadione'], 'noradrénaline': ['noradrenaline', 'norepinephrine'],
         'adrénaline': ['adrenaline', 'epinephrine'], 'périndopril': ['perindopril'],
         'imipénem': ['imipenem'], 'cilastatine': ['cilastatine'], 'lévodopa': ['levodopa'],
         'tazobactam': ['tazobactam'], 'pipéracilline': ['piperacilline']}
used = set(); out = []; problems = []
for rx, atc, dcis in S:
    r = re.compile('(' + rx + ')')
    cands = [f for f in bdpm if r.match(f[1])]
    cands = [f for f in cands if f[0] not in used]
    cands.sort(key=lambda f: (f[6] != 'Commercialisée', f[4] != 'Autorisation active', f[1]))
    if not cands:
        problems.append('NO MATCH ' + rx); continue
    f = cands[0]
    used.add(f[0])
    comps = compo.get(f[0], [])
    # one substance per liaison number: FT (therapeutic fraction) over SA, first element only
    by = {}
    for c in comps:
        key = (c[7],)
        if key not in by or (c[6] == 'FT' and by[key][6] != 'FT'):
            if key in by and by[key][1] != c[1] and by[key][6] == c[6]:
                continue
            by[key] = c
    subs = []
    for d in dcis:
        keys = ALIAS.get(d, [norm(d)[:7]])
        m = None
        for c in by.values():
            if any(k in norm(c[3]) for k in keys):
                m = c; break
        if m is None and len(by) == 1 and norm(list(by.values())[0][3]) == 'iode':
            iod = list(by.values())[0]
            subs.append((d, iod[4].strip() + " d'iode")); continue
        if m is None:
            problems.append(f'NO COMPO {f[0]} {f[1]} {d} in {[c[3] for c in by.values()]}')
        subs.append((d, m[4].strip() if m and m[4].strip() else ''))
    out.append((f[0], f[1], f[2], f[3], atc, 'true' if f[0] in narc else 'false', subs, f[6]))
for p in problems: print(p, file=sys.stderr)
with open(os.path.join(HERE, 'drugs.selected.tsv'), 'w', encoding='utf-8') as o:
    for cis, name, form, routes, atc, n, subs, st in out:
        o.write('\t'.join([cis, name, form, routes, atc, n, ';'.join(d + '|' + s for d, s in subs)]) + '\n')
print(len(out), 'drugs', sum(1 for x in out if x[7] != 'Commercialisée'), 'not marketed', file=sys.stderr)
