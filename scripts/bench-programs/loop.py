# A scalar float loop with a branch; scripts/bench puts the iteration count in place of @N@.
def main():
    s = 0.0
    x = 0.5
    for i in range(@N@):
        x = x * 1.000001 + 0.25
        if x > 100:
            x -= 100
        else:
            s += x
    print(s)
main()
