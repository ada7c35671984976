# A word count: a string key built per iteration and a dict entry updated; scripts/bench puts the iteration count
# in place of @N@.
def main():
    counts = {}
    for i in range(@N@):
        key = f"k{i % 100}"
        counts[key] = counts.get(key, 0) + 1
    print(len(counts))
main()
