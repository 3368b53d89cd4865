"""The reference model of the performance issue in PyTorch (CPU), for `npm run bench`'s optional comparison.

Same net as scripts/bench/referenceNet.ts: depth 6n + 2 on 14x14x1 inputs, a 3x3 stem, three stages of n basic
units (widths 8/16/32, stride 2 at the start of stages 2 and 3), BatchNorm after every convolution, ReLU,
option-A shortcuts when residual, global average pooling, a linear layer; SGD with momentum 0.9 on the mean
softmax cross-entropy of a batch of 64 seeded random images. Prints JSON: images/s and the median ms of a
step's forward, backward and update. Usage: python3 torchReference.py THREADS STEPS MODEL [MODEL ...]

Or `python3 torchReference.py --serve`: reads lines "MODEL THREADS" from stdin and answers each with one timed
training step of that model ({"ms": ...} on a line), so a benchmark can interleave PyTorch's steps with its own.
"""
import json
import statistics
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


class Unit(nn.Module):
    def __init__(self, in_c, out_c, stride, residual):
        super().__init__()
        self.conv1 = nn.Conv2d(in_c, out_c, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(out_c)
        self.conv2 = nn.Conv2d(out_c, out_c, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(out_c)
        self.residual, self.stride, self.extra = residual, stride, out_c - in_c

    def forward(self, x):
        f = self.bn2(self.conv2(F.relu(self.bn1(self.conv1(x)))))
        if not self.residual:
            return F.relu(f)
        s = x[:, :, ::2, ::2] if self.stride == 2 else x
        if self.extra > 0:
            s = F.pad(s, (0, 0, 0, 0, 0, self.extra))
        return F.relu(f + s)


class Net(nn.Module):
    def __init__(self, depth, residual, widths=(8, 16, 32), classes=10):
        super().__init__()
        n = (depth - 2) // 6
        self.stem = nn.Sequential(nn.Conv2d(1, widths[0], 3, 1, 1, bias=False), nn.BatchNorm2d(widths[0]), nn.ReLU())
        units, channels = [], widths[0]
        for stage, width in enumerate(widths):
            for u in range(n):
                units.append(Unit(channels, width, 2 if stage > 0 and u == 0 else 1, residual))
                channels = width
        self.units = nn.Sequential(*units)
        self.fc = nn.Linear(channels, classes)

    def forward(self, x):
        return self.fc(self.units(self.stem(x)).mean(dim=(2, 3)))


def measure(model_name, steps, batch=64):
    kind, depth = model_name.split("-")
    torch.manual_seed(1)
    net = Net(int(depth), kind == "residual")
    opt = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9)
    x = torch.randn(batch, 1, 14, 14)
    y = torch.arange(batch) * 7 % 10
    times = {"forward": [], "backward": [], "update": [], "step": []}
    for i in range(steps + 3):
        t0 = time.perf_counter()
        loss = F.cross_entropy(net(x), y)
        t1 = time.perf_counter()
        opt.zero_grad()
        loss.backward()
        t2 = time.perf_counter()
        opt.step()
        t3 = time.perf_counter()
        if i >= 3:
            for key, value in (("forward", t1 - t0), ("backward", t2 - t1), ("update", t3 - t2), ("step", t3 - t0)):
                times[key].append(value * 1000)
    step = statistics.median(times["step"])
    return {
        "model": model_name,
        "imagesPerSecond": batch / step * 1000,
        "stepMs": step,
        "forwardMs": statistics.median(times["forward"]),
        "backwardMs": statistics.median(times["backward"]),
        "updateMs": statistics.median(times["update"]),
        "finalLoss": float(loss),
    }


def serve():
    """One timed step per request line "MODEL THREADS"; each model keeps its net, optimizer and batch."""
    states = {}
    for line in sys.stdin:
        model_name, threads = line.split()
        torch.set_num_threads(int(threads))
        if model_name not in states:
            kind, depth = model_name.split("-")
            torch.manual_seed(1)
            net = Net(int(depth), kind == "residual")
            opt = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9)
            states[model_name] = (net, opt, torch.randn(64, 1, 14, 14), torch.arange(64) * 7 % 10)
        net, opt, x, y = states[model_name]
        t0 = time.perf_counter()
        loss = F.cross_entropy(net(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(json.dumps({"ms": (time.perf_counter() - t0) * 1000}), flush=True)


if __name__ == "__main__" and sys.argv[1:2] == ["--serve"]:
    serve()
elif __name__ == "__main__":
    threads, steps, models = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
    torch.set_num_threads(threads)
    print(json.dumps({"torch": torch.__version__, "threads": threads, "models": [measure(m, steps) for m in models]}))
