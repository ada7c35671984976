# micrograd's moons demo, as its README runs it; scripts/bench puts the step count in place of @N@.
# The data is make_moons(100, noise=0.1) after np.random.seed(1337), as swift-nn's moons(seed: 1337) draws it.
import random
import numpy as np
from micrograd.engine import Value
from micrograd.nn import MLP

np.random.seed(1337)
t = np.linspace(0, np.pi, 50)
X = np.vstack([np.append(np.cos(t), 1 - np.cos(t)), np.append(np.sin(t), 1 - np.sin(t) - 0.5)]).T
y = np.hstack([np.zeros(50, dtype=np.intp), np.ones(50, dtype=np.intp)])
order = np.arange(100)
np.random.shuffle(order)
X, y = X[order], y[order] * 2 - 1
X += np.random.normal(scale=0.1, size=X.shape)
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
