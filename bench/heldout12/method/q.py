import sys, os, json
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import validate as V
C = V.load_courses(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "courses.csv"))
def show(spec):
    V.ERR.clear()
    res = V.match(C, spec, "q")
    print(json.dumps(spec, ensure_ascii=False), "->", len(res), V.ERR)
    for c in res:
        r=c["row"]; print("   ", c["code"], c["sort"], r["Tên lớp"][:50], "|", r["Ngày bắt đầu"], "|", r["Địa điểm"][:45], "|", r["Đối tượng"], "| R" if c["registrable"] else "")
if __name__ == "__main__":
    for a in sys.argv[1:]:
        show(json.loads(a))
