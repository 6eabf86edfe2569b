# Sourced by the other scripts: puts npm's wasm-opt on PATH so cargo-leptos never downloads one.
HEARD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HEARD_ROOT/tests/browser/node_modules/.bin:$HOME/.cargo/bin:$PATH"
