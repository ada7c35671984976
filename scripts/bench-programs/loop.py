# A scalar float loop with a branch: 3 million iterations.
def main():
    s = 0.0
    x = 0.5
    for i in range(3_000_000):
        x = x * 1.000001 + 0.25
        if x > 100:
            x -= 100
        else:
            s += x
    print(s)
main()
