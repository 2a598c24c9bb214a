"""The operating-system barrier around query and update workers: no network, bounded memory.

pyoxigraph fetches any URL named by `SERVICE` or `LOAD`, with no timeout. queries/guard.py
refuses both with a real parser; this module makes sure that a bug in that check cannot become
a request to an internal host. At its start, before it opens the store, a worker process calls
`confine()`, which applies what the kernel allows, strongest first:

- `netns`: `unshare(CLONE_NEWNET)` (as root) or `unshare(CLONE_NEWUSER | CLONE_NEWNET)` (as
  another user, where unprivileged user namespaces are enabled): the process gets a network
  namespace of its own with only a loopback interface, which is down. No address, local or
  remote, is reachable from it; the host's 127.0.0.1 is not its 127.0.0.1.
- `seccomp`: a seccomp-BPF filter (installed with prctl/seccomp through ctypes, no library
  needed) under which `socket()` fails with EACCES for every address family but AF_UNIX (the
  worker's pipe to the server is inherited, not created), and `io_uring_setup` fails, since
  io_uring could connect without the socket system calls. Foreign system-call ABIs (x32,
  i386) are refused outright. It holds for every thread and every child, and cannot be lifted.

Both are applied where possible (`netns+seccomp`). `memory_limit()` sets RLIMIT_AS. The server
asks a throw-away process which barrier applies (`probe()`) before it starts, and refuses to
start without one unless the operator said `--allow-no-barrier`. Linux only: elsewhere the
barrier is `none`.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import platform
import resource
import signal
import struct

CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000
PR_SET_NO_NEW_PRIVS = 38
PR_SET_PDEATHSIG = 1
SECCOMP_SET_MODE_FILTER = 1
SECCOMP_FILTER_FLAG_TSYNC = 1
SECCOMP_RET_ALLOW = 0x7FFF0000
SECCOMP_RET_ERRNO = 0x00050000
EACCES = 13
AF_UNIX = 1

# BPF opcodes
_LD_W_ABS = 0x20  # BPF_LD | BPF_W | BPF_ABS
_JEQ_K = 0x15  # BPF_JMP | BPF_JEQ | BPF_K
_JGE_K = 0x35  # BPF_JMP | BPF_JGE | BPF_K
_RET_K = 0x06  # BPF_RET | BPF_K

# machine -> (audit arch, seccomp syscall, socket, io_uring_setup, x32 bit or None)
_ARCH = {
    "x86_64": (0xC000003E, 317, 41, 425, 0x40000000),
    "aarch64": (0xC00000B7, 277, 198, 425, None),
}

NONE = "none"


class _SockFilter(ctypes.Structure):
    _fields_ = [("code", ctypes.c_ushort), ("jt", ctypes.c_ubyte), ("jf", ctypes.c_ubyte), ("k", ctypes.c_uint)]


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(_SockFilter))]


def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)


def _unshare_network() -> str | None:
    """A network namespace of our own; None if the kernel or our privileges do not allow it."""
    if platform.system() != "Linux":
        return None
    libc = _libc()
    flags = [CLONE_NEWNET] if os.geteuid() == 0 else []
    flags.append(CLONE_NEWUSER | CLONE_NEWNET)  # needs a single-threaded process: call early
    for flag in flags:
        if libc.unshare(flag) == 0:
            return "netns"
    return None


def _filter_program(arch: int, socket_nr: int, io_uring_nr: int, x32: int | None) -> list[tuple[int, int, int, int]]:
    errno = SECCOMP_RET_ERRNO | EACCES
    prog = [
        (_LD_W_ABS, 0, 0, 4),  # seccomp_data.arch
        (_JEQ_K, 1, 0, arch),
        (_RET_K, 0, 0, errno),  # a foreign ABI: nothing at all
        (_LD_W_ABS, 0, 0, 0),  # seccomp_data.nr
    ]
    if x32 is not None:
        prog += [(_JGE_K, 0, 1, x32), (_RET_K, 0, 0, errno)]
    prog += [
        (_JEQ_K, 0, 1, io_uring_nr),
        (_RET_K, 0, 0, errno),
        (_JEQ_K, 1, 0, socket_nr),
        (_RET_K, 0, 0, SECCOMP_RET_ALLOW),
        (_LD_W_ABS, 0, 0, 16),  # args[0] (the address family), low 32 bits (little-endian)
        (_JEQ_K, 0, 1, AF_UNIX),
        (_RET_K, 0, 0, SECCOMP_RET_ALLOW),
        (_RET_K, 0, 0, errno),
    ]
    return prog


def _seccomp_no_sockets() -> str | None:
    """Install the filter; None if this machine or kernel cannot."""
    if platform.system() != "Linux" or struct.pack("=I", 1) != struct.pack("<I", 1):
        return None
    spec = _ARCH.get(platform.machine())
    if spec is None:
        return None
    arch, seccomp_nr, socket_nr, io_uring_nr, x32 = spec
    prog = _filter_program(arch, socket_nr, io_uring_nr, x32)
    filters = (_SockFilter * len(prog))(*[_SockFilter(*ins) for ins in prog])
    fprog = _SockFprog(len(prog), filters)
    libc = _libc()
    if libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        return None
    syscall = libc.syscall
    syscall.restype = ctypes.c_long
    if syscall(ctypes.c_long(seccomp_nr), ctypes.c_uint(SECCOMP_SET_MODE_FILTER),
               ctypes.c_uint(SECCOMP_FILTER_FLAG_TSYNC), ctypes.byref(fprog)) != 0:
        return None
    return "seccomp"


def confine(allow_network: bool = False, *, use_netns: bool = True, use_seccomp: bool = True) -> str:
    """Cut this process off the network (unless allowed); the barrier applied, or "none"."""
    if allow_network:
        return NONE
    applied = []
    if use_netns and _unshare_network():
        applied.append("netns")
    if use_seccomp and _seccomp_no_sockets():
        applied.append("seccomp")
    return "+".join(applied) or NONE


def die_with_parent() -> None:
    """SIGKILL this process when its parent ends (a worker must not outlive the server)."""
    if platform.system() == "Linux":
        _libc().prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


_M_ARENA_MAX = -8  # glibc's mallopt parameter: how many malloc arenas threads may create


def memory_limit(limit_bytes: int | None) -> None:
    """Cap this process's address space (RLIMIT_AS); an allocation past it fails.

    glibc gives each new thread of the store's engine an arena that reserves 64 MB of address space (not memory);
    under the cap, enough such reservations abort a worker on a query that needs little memory (seen once in CI, on
    a one-triple update). Two arenas keep the cap a measure of memory."""
    if not limit_bytes:
        return
    if platform.system() == "Linux":
        with contextlib.suppress(AttributeError, OSError):
            _libc().mallopt(_M_ARENA_MAX, 2)
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit_bytes = min(limit_bytes, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit_bytes, hard))


def _probe_child(conn, allow_network: bool) -> None:  # runs in the child process
    barrier = confine(allow_network)
    reachable = None
    if barrier != NONE:  # check it holds: a socket to any address must be impossible
        import socket

        try:
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
                sock.settimeout(0.2)
                sock.connect(("127.0.0.1", 9))
            reachable = True
        except ConnectionRefusedError:  # the host's (or a live) loopback answered
            reachable = True
        except OSError:
            reachable = False
    conn.send((barrier, reachable))


def probe(allow_network: bool = False, timeout: float = 30) -> str:
    """The barrier a worker gets on this machine, asked of a throw-away process."""
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    parent, child = ctx.Pipe()
    process = ctx.Process(target=_probe_child, args=(child, allow_network), daemon=True)
    process.start()
    child.close()
    try:
        if not parent.poll(timeout):
            return NONE
        barrier, reachable = parent.recv()
    except EOFError:
        return NONE
    finally:
        process.kill()
        process.join(5)
        parent.close()
    return NONE if reachable else barrier
