/// mimalloc reuses freed pages: an ensemble allocates and frees ~5 MB of hourly buffers per run, which the
/// system allocator turns into mmap/munmap calls and page faults (half the ensemble's time went to the kernel).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let _ = hashgrid::app::started();
    let args: Vec<String> = std::env::args().collect();
    std::process::exit(hashgrid::cli::main_with(args, hashgrid::app::run_native));
}
