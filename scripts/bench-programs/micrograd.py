# micrograd's moons demo, as its README runs it; scripts/bench puts the step count in place of @N@ and puts this
# folder's shared/ on PYTHONPATH for the data (shared/moons.py).
import random
from micrograd.engine import Value
from micrograd.nn import MLP
from moons import moons

X, y = moons()
random.seed(1337)
model = MLP(2, [16, 16, 1])
last = 0.0
for k in range(@N@):
    inputs = [list(map(Value, row)) for row in X]
    scores = list(map(model, inputs))
    losses = [(1 + -yi * si).relu() for yi, si in zip(y, scores)]
    total = sum(losses) * (1.0 / len(losses)) + 1e-4 * sum(p * p for p in model.parameters())
    model.zero_grad()
    total.backward()
    rate = 1.0 - 0.9 * k / 100
    for p in model.parameters():
        p.data -= rate * p.grad
    last = total.data
print(last)
