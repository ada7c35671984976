# The data of micrograd's demo: make_moons(100, noise=0.1) as scikit-learn draws it after np.random.seed(1337),
# which is what swift-nn's moons(100, noise: 0.1, seed: 1337) draws; labels are -1 and 1. Imported by
# micrograd.py (scripts/bench) and by the micrograd and PyTorch anchors of scripts/bench-engine.
import numpy as np


def moons():
    np.random.seed(1337)
    t = np.linspace(0, np.pi, 50)
    X = np.vstack([np.append(np.cos(t), 1 - np.cos(t)), np.append(np.sin(t), 1 - np.sin(t) - 0.5)]).T
    y = np.hstack([np.zeros(50, dtype=np.intp), np.ones(50, dtype=np.intp)])
    order = np.arange(100)
    np.random.shuffle(order)
    X, y = X[order], y[order]
    X += np.random.normal(scale=0.1, size=X.shape)
    return X, y * 2 - 1
