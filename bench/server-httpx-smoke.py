#!/usr/bin/python3
"""Proves that the book's HTTP client stack (httpx.AsyncClient, as used by
flags2_asyncio.py) works against flaglab-server exactly as against
python3 -m http.server and slow_server.py.

Usage: /usr/bin/python3 bench/server-httpx-smoke.py [BUILD_DIR]   (default: ./build)
Needs Debian's python3-httpx. Talks to 127.0.0.1 only; starts and stops its own servers.
"""

import asyncio
import json
import pathlib
import re
import subprocess
import sys
import time
import urllib.request

try:
    import httpx
except ImportError:
    sys.exit("httpx is missing: apt-get install python3-httpx, and run with /usr/bin/python3")

SOURCE_DIR = pathlib.Path(__file__).resolve().parent.parent
POP20 = "CN IN US ID BR PK NG BD RU JP MX PH VN ET EG DE IR TR CD FR".split()
failures = []


def check(condition, what):
    print(("ok    " if condition else "FAIL  ") + what)
    if not condition:
        failures.append(what)


class Server:
    """flaglab-server on a free loopback port, stopped with SIGTERM on exit."""

    def __init__(self, build_dir, *args):
        program = pathlib.Path(build_dir) / "bin" / "flaglab-server"
        self.process = subprocess.Popen([str(program), "--port", "0", "--bind", "127.0.0.1", *args],
                                        stdout=subprocess.PIPE, text=True)
        line = self.process.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)/flags", line)
        if not match:
            self.process.kill()
            sys.exit(f"flaglab-server did not start: {line!r}")
        self.base_url = f"http://127.0.0.1:{match.group(1)}/flags"

    def stats(self):
        with urllib.request.urlopen(self.base_url.removesuffix("/flags") + "/stats") as response:
            return json.load(response)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.process.terminate()
        check(self.process.wait(timeout=10) == 0, "server exits with status 0 on SIGTERM")


# The same calls as flags2_asyncio.py's get_flag().
async def get_flag(client, base_url, cc):
    url = f"{base_url}/{cc}/{cc}.gif".lower()
    resp = await client.get(url, timeout=3.1, follow_redirects=True)
    resp.raise_for_status()
    return resp.content


async def download_many(base_url, codes, concurrency):
    semaphore = asyncio.Semaphore(concurrency)
    async with httpx.AsyncClient() as client:
        async def one(cc):
            async with semaphore:
                try:
                    return cc, await get_flag(client, base_url, cc)
                except httpx.HTTPStatusError as exc:
                    res = exc.response
                    return cc, f"HTTP error {res.status_code} - {res.reason_phrase}"
        return dict(await asyncio.gather(*(one(cc) for cc in codes)))


async def main(build_dir):
    with Server(build_dir, "--mode", "local") as server:
        results = await download_many(server.base_url, POP20 + ["ZZ"], concurrency=5)
        for cc in POP20:
            expected = (SOURCE_DIR / "resources" / "flags" / cc.lower() / f"{cc.lower()}.gif").read_bytes()
            if results[cc] != expected:
                check(False, f"LOCAL {cc} body matches resources/flags")
        check(all(isinstance(results[cc], bytes) for cc in POP20), "LOCAL: 20 POP20 flags downloaded intact")
        check(results["ZZ"] == "HTTP error 404 - Not Found", f"LOCAL: ZZ -> {results['ZZ']!r}")
        async with httpx.AsyncClient() as client:
            resp = await client.get(f"{server.base_url}/br/metadata.json")
            check(resp.headers["content-type"] == "application/json" and resp.json()["iso_cc"] == "BR",
                  "LOCAL: metadata.json parses as JSON")
            head = await client.head(f"{server.base_url}/br/br.gif")
            check(head.status_code == 200 and int(head.headers["content-length"]) == len(results["BR"])
                  and head.content == b"", "LOCAL: HEAD has the GET's Content-Length and no body")
        stats = server.stats()
        check(stats["max_connections"] <= 5 and stats["requests"] == 23,
              f"LOCAL: keep-alive reused connections ({stats['requests']} requests "
              f"on at most {stats['max_connections']} connections)")

    with Server(build_dir, "--mode", "error", "--delay", "0:0", "--error-rate", "1") as server:
        results = await download_many(server.base_url, ["BR", "AF"], concurrency=2)
        check(results == {"BR": "HTTP error 418 - I'm a Teapot", "AF": "HTTP error 418 - I'm a Teapot"},
              f"ERROR: {results['AF']!r}, as the book prints it")

    with Server(build_dir, "--mode", "delay", "--delay", "0.5:0.5") as server:
        start = time.perf_counter()
        results = await download_many(server.base_url, POP20, concurrency=20)
        elapsed = time.perf_counter() - start
        check(all(isinstance(body, bytes) for body in results.values()) and 0.5 <= elapsed < 3.1,
              f"DELAY: 20 concurrent downloads delayed 0.5 s each took {elapsed:.2f}s in all")

    print(f"{'FAILED' if failures else 'passed'}: httpx {httpx.__version__} against flaglab-server")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1] if len(sys.argv) > 1 else "build")))
