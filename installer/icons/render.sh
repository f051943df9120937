#!/bin/sh
# Renders login-companion.svg into the PNG sizes (hicolor), a Windows .ico and a macOS .icns.
# The results are committed; run this again after changing the SVG (needs rsvg-convert, from
# librsvg2-bin, and python3).
set -eu
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert -w $size -h $size login-companion.svg -o login-companion-$size.png
done
python3 - <<'PY'
import struct

def png(size):
    with open(f"login-companion-{size}.png", "rb") as f:
        return f.read()

# ICO with PNG payloads (Windows Vista and later).
sizes = [16, 24, 32, 48, 64, 128, 256]
images = [png(s) for s in sizes]
offset = 6 + 16 * len(sizes)
ico = struct.pack("<HHH", 0, 1, len(sizes))
for size, data in zip(sizes, images):
    dim = 0 if size == 256 else size
    ico += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
with open("login-companion.ico", "wb") as f:
    f.write(ico + b"".join(images))

# ICNS with PNG payloads (macOS 10.7 and later).
chunks = b""
for kind, size in [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128),
                   (b"ic08", 256), (b"ic09", 512)]:
    data = png(size)
    chunks += kind + struct.pack(">I", 8 + len(data)) + data
with open("login-companion.icns", "wb") as f:
    f.write(b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks)
PY
