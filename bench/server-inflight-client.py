#!/usr/bin/env python3
"""Opens N keep-alive connections to a flag server, then sends one GET on each
at the same moment and reads every answer: N requests in flight at once.
(curl 7.88 cannot do this: it caps --parallel-max at 300.)

Usage: server-inflight-client.py PORT [-n 1000] [--rounds 1] [--codes FILE]
Loopback only. Prints one line of JSON with the client's own measurements.
"""

import argparse
import asyncio
import json
import time

POP20 = "CN IN US ID BR PK NG BD RU JP MX PH VN ET EG DE IR TR CD FR".split()


async def read_response(reader):
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    body = await reader.readexactly(length)
    return status, len(body)


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("port", type=int)
    parser.add_argument("-n", "--connections", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=1, help="requests per connection, one after another")
    parser.add_argument("--codes", help="file of country codes (default: POP20)")
    args = parser.parse_args()
    codes = open(args.codes).read().split() if args.codes else POP20
    host = "127.0.0.1"

    start = time.perf_counter()
    connections = await asyncio.gather(*(asyncio.open_connection(host, args.port)
                                         for _ in range(args.connections)))
    connected = time.perf_counter()

    async def exchange(index, reader, writer):
        results = []
        for round_ in range(args.rounds):
            cc = codes[(index + round_ * args.connections) % len(codes)].lower()
            writer.write(f"GET /flags/{cc}/{cc}.gif HTTP/1.1\r\nHost: {host}:{args.port}\r\n\r\n".encode())
            await writer.drain()
            results.append(await read_response(reader))
        writer.close()
        return results

    results = await asyncio.gather(*(exchange(i, reader, writer)
                                     for i, (reader, writer) in enumerate(connections)))
    done = time.perf_counter()
    statuses = {}
    for status, _ in (r for per_connection in results for r in per_connection):
        statuses[str(status)] = statuses.get(str(status), 0) + 1
    print(json.dumps({
        "connections": args.connections,
        "requests": args.connections * args.rounds,
        "connect_seconds": round(connected - start, 3),
        "requests_seconds": round(done - connected, 3),
        "body_bytes": sum(size for per_connection in results for _, size in per_connection),
        "statuses": statuses,
    }))


if __name__ == "__main__":
    asyncio.run(main())
