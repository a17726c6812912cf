import sys
from cdata import *; from resolve import *
cs=load_courses()
T={'nv':'nghiep vu cong doan|nghiep vu cong tac cong doan|nghiep vu cho chu tich','tltt':'thuong luong|doi thoai','at':'an toan|chay no','tc':'tai chinh|ke toan','nc':'nu cong|binh dang gioi','kt':'kiem tra','cds':'chuyen doi so|tin hoc|phan mem','pl':'phap luat','ptdv':'phat trien doan vien','tg':'tuyen giao|tuyen truyen','tcld':'tranh chap','gv':'giang day','ll':'ly luan|quan ly nha nuoc','vt':'van thu'}
P=['ha noi','hai phong','quang ninh','bac ninh','hung yen','ninh binh','phu tho','thai nguyen','lang son','cao bang','tuyen quang','lao cai','thanh hoa','nghe an','ha tinh','ho chi minh','da nang']
for p in P:
  for t,kw in T.items():
    f={'prov':p,'kw':kw}
    try: r=resolve(cs,f,'list'); print(p,t,'OK',r, full_count(cs,f))
    except Amb as e: print(p,t,'AMB',str(e)[:150])
