# Recursive calls of a user function: fib(15) (1 973 calls) per iteration; scripts/bench puts the iteration count
# in place of @N@.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def main():
    total = 0
    for i in range(@N@):
        total += fib(15)
    print(total)
main()
