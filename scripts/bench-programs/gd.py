# Scalar gradient descent on two unknowns: 1 million steps on E(a, b) = (a - 3)² + 10 (b + 1)².
def main():
    a = 0.0
    b = 0.0
    lr = 0.01
    for step in range(1_000_000):
        ga = 2 * (a - 3)
        gb = 20 * (b + 1)
        a -= lr * ga
        b -= lr * gb
    print(a, b)
main()
