#!/usr/bin/env python3
"""Writes wwwroot/favicon.ico from wwwroot/favicon.svg: Chromium (headless) draws the SVG at 16, 32 and 48 px,
and the three PNGs are packed into one ICO file (PNG entries, which every current browser reads).

Run from the repository root: python3 docs/identity/make-favicon.py  (needs /usr/bin/chromium or CHROMIUM_PATH)."""
import os, struct, subprocess, tempfile, pathlib

root = pathlib.Path(__file__).resolve().parents[2]
svg = root / "wwwroot" / "favicon.svg"
chromium = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
sizes = [16, 32, 48]

def render(size, folder):
    page = folder / f"icon-{size}.html"
    page.write_text(f'<!doctype html><html><body style="margin:0;background:transparent">'
                    f'<img src="{svg.as_uri()}" width="{size}" height="{size}" style="display:block"></body></html>')
    png = folder / f"icon-{size}.png"
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    "--default-background-color=00000000", f"--window-size={size},{size}",
                    f"--screenshot={png}", page.as_uri()], check=True, capture_output=True)
    return png.read_bytes()

with tempfile.TemporaryDirectory() as temp:
    images = [render(size, pathlib.Path(temp)) for size in sizes]

# ICONDIR, then one ICONDIRENTRY per image (width/height 0 would mean 256), then the PNG bytes.
offset = 6 + 16 * len(images)
header = struct.pack("<HHH", 0, 1, len(images))
entries, data = b"", b""
for size, png in zip(sizes, images):
    entries += struct.pack("<BBBBHHII", size, size, 0, 0, 1, 32, len(png), offset + len(data))
    data += png
(root / "wwwroot" / "favicon.ico").write_bytes(header + entries + data)
print(f"wwwroot/favicon.ico: {', '.join(f'{s}x{s}' for s in sizes)}, {len(header + entries + data)} bytes")
