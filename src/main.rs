/// mimalloc reuses freed pages: an ensemble allocates and frees ~5 MB of hourly buffers per run, which the
/// system allocator turns into mmap/munmap calls and page faults (half the ensemble's time went to the kernel).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let _ = hashgrid::app::started();
    // `args_os`: `std::env::args` panics on an argument that is not UTF-8.
    let code = hashgrid::cli::main_with(std::env::args_os(), hashgrid::app::run_native);
    std::process::exit(code);
}
