# Particles as a class with an updating method, updated through a list's elements, and a method read back;
# scripts/bench puts the iteration count in place of @N@ (one iteration moves one particle).
class Particle:
    __slots__ = ("x", "v")

    def __init__(self, x, v):
        self.x = x
        self.v = v

    def step(self, dt):
        self.x += self.v * dt
        if self.x > 1 or self.x < 0:
            self.v = -self.v

    def energy(self):
        return 0.5 * self.v * self.v


def main():
    particles = [Particle(i / 100, 0.01 * (i % 7)) for i in range(100)]
    total = 0.0
    for i in range(@N@):
        particles[i % 100].step(0.1)
        total += particles[i % 100].energy()
    print(total)


main()
