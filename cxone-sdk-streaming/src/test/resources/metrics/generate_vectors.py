# Generated the committed quantile-vectors.json once (python3 3.11, statistics.quantiles inclusive).
# Not part of the build: the Java tests read the JSON; rerun only to add cases.
import json, random, statistics

random.seed(20261129)

def q(values):
    if len(values) == 1:
        return [values[0]] * 3  # API.md: a one-value bucket has that value for every percentile
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return [cuts[49], cuts[89], cuts[94]]

cases = []
def case(name, campaign, handle, wait, hour="2026-05-20T08:00:00Z"):
    assert len(handle) == len(wait), name
    handle = [float(v) for v in handle]
    wait = [float(v) for v in wait]
    cases.append({"name": name, "campaignId": campaign, "hour": hour,
                  "handle": handle, "wait": wait,
                  "expected": {"handle": q(handle), "wait": q(wait)}})

case("one value", "camp one", [245.0], [31.5])
case("two values", "camp,two", [10.0, 20.0], [0.0, 1.0])
case("ties", 'camp "quoted"', [5.0] * 7 + [9.0] * 3, [1.5, 1.5, 1.5, 2.5] * 2 + [2.5, 2.5])
case("non-ascii", "Kampagne Größe – 東京 ✓", [0.1, 0.2, 0.30000000000000004, 1e-9, 1e9], [3.3, 2.2, 1.1, 0.0, 7.25])
case("three values", "camp\\backslash", [1.0, 2.0, 3.0], [7.0, 7.0, 8.0])
for size in (17, 100, 101, 1000, 4567):
    h = [round(random.lognormvariate(5, 0.8), 3) for _ in range(size)]
    w = [round(random.expovariate(1 / 30), 6) for _ in range(size)]
    case("random %d" % size, "camp_%d, with comma" % size, h, w, hour="2026-05-20T%02d:00:00Z" % (9 + size % 10))
case("awkward floats", "camp\ttab", [0.1 * i for i in range(1, 38)], [1 / 3.0, 2 / 3.0, 1.0, 4 / 3.0, 1e-300, 1e300] * 6 + [0.7])

with open("quantile-vectors.json", "w", encoding="utf-8") as f:
    json.dump(cases, f, ensure_ascii=False, indent=1)
