# Writes drugs.tsv, atc.tsv and allergens.tsv of the shipped data from curate.py's selection and
# classes.tsv (the French labels of the ATC classes). Usage: python3 gen.py
import os, unicodedata, re
HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, '../src/main/resources/org/hygie/terminology/server/data/')
rows=[l.rstrip('\n').split('\t') for l in open(os.path.join(HERE, 'drugs.selected.tsv'),encoding='utf-8')]
def key(s):
    s=unicodedata.normalize('NFD',s); s=''.join(c for c in s if unicodedata.category(c)!='Mn').lower()
    return re.sub(r'[^a-z0-9]+','-',s).strip('-')
H_DRUGS='''# Hygie curated drug catalogue: drugs common in French hospitals.
# Source: Base de données publique des médicaments (BDPM), ANSM / HAS / UNCAM,
#   https://base-donnees-publique.medicaments.gouv.fr, files CIS_bdpm.txt, CIS_COMPO_bdpm.txt and
#   CIS_CPD_bdpm.txt of 2022-06-02, under the Licence Ouverte / Open Licence 2.0 (Etalab):
#   CIS codes, names, forms, routes and strengths are theirs, unchanged; the narcotic flag is the
#   BDPM's prescribing condition "stupéfiants". Substances are named by their French DCI (one per
#   active ingredient, the therapeutic fraction when the BDPM gives one); ATC codes from the WHO
#   ATC index, assigned by Hygie.
# Format: UTF-8, tab-separated, one drug per line, lines starting with # are comments.
# Columns: cis, name, form, routes (;-separated), atc, narcotic (true|false),
#   substances (;-separated, each dci|strength)
'''
with open(D+'drugs.tsv','w',encoding='utf-8') as o:
    o.write(H_DRUGS)
    for r in rows: o.write('\t'.join(r)+'\n')

def key(s):
    s=unicodedata.normalize('NFD',s); s=''.join(c for c in s if unicodedata.category(c)!='Mn').lower()
    return re.sub(r'[^a-z0-9]+','-',s).strip('-')
rows=[l.rstrip('\n').split('\t') for l in open(os.path.join(HERE, 'drugs.selected.tsv'),encoding='utf-8')]
classes=[l.rstrip('\n').split('\t') for l in open(os.path.join(HERE, 'classes.tsv'),encoding='utf-8')]
atc={c:l for c,l in classes}
drugatc={}
for r in rows:
    inns=[s.split('|')[0] for s in r[6].split(';')]
    drugatc.setdefault(r[4], ' + '.join(inns))
with open(D+'atc.tsv','w',encoding='utf-8') as o:
    o.write('''# ATC classes of the catalogues (WHO Anatomical Therapeutic Chemical classification, codes of the
# WHO Collaborating Centre for Drug Statistics Methodology index; labels in French by Hygie: the
# class's usual French name, or for a substance code its DCI).
# Format: UTF-8, tab-separated; columns: code, label
''')
    for c in sorted(set(atc)|set(drugatc)):
        o.write(c+'\t'+(atc.get(c) or drugatc[c])+'\n')
# substance allergens: cross-reaction class by the drug's ATC
CROSS=[('J01C','J01C'),('J01D','J01D'),('J01FA','J01FA'),('J01M','J01M'),('J01GB','J01GB'),('J01A','J01A'),('J01XA','J01XA'),
       ('M01A','M01A'),('N02A','N02A'),('N01AH','N02A'),('N07BC','N02A'),('V08A','V08A'),('B01AB','B01AB'),('N01BB','N01BB')]
NONE={'acide clavulanique','tazobactam','cilastatine','triméthoprime','paracétamol'}
SPECIAL={'sulfaméthoxazole':'J01E','acide acétylsalicylique':'M01A'}
subs={}
for r in rows:
    for s in r[6].split(';'):
        inn=s.split('|')[0]
        cross=None
        if inn in SPECIAL: cross=SPECIAL[inn]
        elif inn not in NONE:
            for p,c in CROSS:
                if r[4].startswith(p): cross=c; break
        if inn in subs and subs[inn]!=cross and cross is not None and subs[inn] is not None:
            print('conflict',inn,subs[inn],cross)
        if inn not in subs or subs[inn] is None: subs[inn]=cross
SUBSTANCE_ALIASES={'acide acétylsalicylique': 'aspirine'}
CLASSES=[('J01C','pénicilline;penicillines;allergie aux pénicillines'),
 ('J01D','céphalosporine;céphalosporines;carbapénème;carbapénèmes'),
 ('J01E','sulfamide;sulfamides;sulfamides antibactériens;sulfonamides'),
 ('J01FA','macrolide'),('J01M','quinolone;fluoroquinolone;fluoroquinolones'),('J01GB','aminoside;aminoglycosides'),
 ('J01A','tétracycline;cyclines'),('J01XA','glycopeptide'),
 ('M01A','AINS;anti-inflammatoire;anti-inflammatoires;anti-inflammatoires non stéroïdiens'),
 ('N02A','opioïde;opiacés;morphiniques;dérivés morphiniques'),
 ('V08A','iode;produit de contraste iodé;produits de contraste;produit de contraste'),
 ('B01AB','héparine'),('N01BB','anesthésiques locaux;anesthésique local;xylocaïne')]
with open(D+'allergens.tsv','w',encoding='utf-8') as o:
    o.write('''# Allergens an allergy may be coded with: drug classes (code atc:<ATC code>) and the active
# substances of the curated drug catalogue (code inn:<DCI without accents, lower case, words joined
# by ->). A substance's cross-reaction class is the class an allergy to it warns for (an allergy
# to amoxicilline warns for every penicillin); empty when none is assumed. Aliases are other names
# by which an allergy written as free text is read (case, accents and plural ignored).
# Sources: ATC classes as in atc.tsv; cross-reactions as commonly taught (penicillins, the other
# beta-lactams, NSAIDs with aspirin, opioids, iodinated contrast media), assigned by Hygie.
# Format: UTF-8, tab-separated; columns: code, label, kind (SUBSTANCE|DRUG_CLASS), atc, aliases (;-separated)
''')
    for c,al in CLASSES:
        o.write(f'atc:{c}\t{atc[c]}\tDRUG_CLASS\t{c}\t{al}\n')
    for inn in sorted(subs, key=key):
        o.write(f'inn:{key(inn)}\t{inn[0].upper()+inn[1:]}\tSUBSTANCE\t{subs[inn] or ""}\t{SUBSTANCE_ALIASES.get(inn, "")}\n')
print(len(subs),'substances', len(CLASSES),'classes')
