"""Execution within the year: variants of the year-end projection measured on the national monthly series and
not built (Benchmarks/README.md, "Execution within the year"). For each month 3, 6, 9 and each year whose
previous year has that month too, the log ratio r = ln(C12 / Cm) is projected from the earlier years only by:
a weighted mean with year weight decay^(Y - year) (`decayD`), last year's ratio (`last`), 12 / m (`straight`), a
linear trend in the year fitted by (weighted) least squares (`trend`, `trendD`), and the mean moved halfway to
the trend (`damp`). Prints MAPE % of the year-end figure and the number of projections.
Usage: python3 Benchmarks/explorations/execution_variants.py [Datasets/national-monthly/general-budget.csv]"""
import csv,collections,math,sys
import numpy as np
d=collections.defaultdict(dict)
for r in csv.DictReader(open(sys.argv[1] if len(sys.argv) > 1 else 'Datasets/national-monthly/general-budget.csv')):
    y,m=r['period'].split('-'); d[r['indicator'][15:18]][(int(y),int(m))]=float(r['value'])
def lr(D,y,m):
    if (y,m) in D and (y,12) in D: return math.log(D[(y,12)]/D[(y,m)])
def pred(kind,D,m,Y):
    ys=[y for y in range(2007,Y) if lr(D,y,m) is not None]
    if len(ys)<2: return None
    r=np.array([lr(D,y,m) for y in ys]); x=np.array(ys,float)
    if kind.startswith('decay'):
        dec=float(kind[5:]); w=dec**(Y-x); return (w*r).sum()/w.sum()
    if kind=='last': return lr(D,Y-1,m)
    if kind=='straight': return math.log(12/m)
    if kind.startswith('trend'):
        dec=float(kind[5:]) if len(kind)>5 else 1.0
        if len(ys)<3: return None
        w=dec**(Y-x); X=np.c_[np.ones_like(x),x-Y]; W=np.diag(w)
        b=np.linalg.solve(X.T@W@X,X.T@W@r); return b[0]
    if kind.startswith('damp'):  # trend shrunk halfway
        if len(ys)<3: return None
        X=np.c_[np.ones_like(x),x-Y]; b=np.linalg.lstsq(X,r,rcond=None)[0]
        return r.mean()+0.5*(b[0]-r.mean())
kinds=['decay1','decay0.6','last','straight','trend','trend0.8','damp']
for ind in d:
  D=d[ind]
  for m in (3,6,9):
    out=[]
    for k in kinds:
      errs=[]
      for Y in range(2009,2026):
        if lr(D,Y,m) is None or lr(D,Y-1,m) is None: continue
        p=pred(k,D,m,Y)
        if p is None: continue
        errs.append(abs(1-math.exp(p-lr(D,Y,m)))*100)
      out.append(f"{k}:{np.mean(errs):.2f}({len(errs)})" if errs else f"{k}:-")
    print(ind,m,' '.join(out))
