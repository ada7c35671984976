# Scalar gradient descent on E(a, b) = (a - 3)² + 10 (b + 1)²; scripts/bench puts the step count in place of @N@.
def main():
    a = 0.0
    b = 0.0
    lr = 0.01
    for step in range(@N@):
        ga = 2 * (a - 3)
        gb = 20 * (b + 1)
        a -= lr * ga
        b -= lr * gb
    print(a, b)
main()
