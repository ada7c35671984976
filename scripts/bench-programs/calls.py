# Calls to a user function: 1 million calls.
def f(x, y):
    return x * y + 1
def main():
    total = 0.0
    for i in range(1_000_000):
        total = f(total, 0.5)
    print(total)
main()
