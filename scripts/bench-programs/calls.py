# Calls to a user function; scripts/bench puts the call count in place of @N@.
def f(x, y):
    return x * y + 1
def main():
    total = 0.0
    for i in range(@N@):
        total = f(total, 0.5)
    print(total)
main()
