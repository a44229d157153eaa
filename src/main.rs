fn main() {
    let args: Vec<String> = std::env::args().collect();
    std::process::exit(hashgrid::cli::main_with(args, hashgrid::app::run_native));
}
