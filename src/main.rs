fn main() {
    std::process::exit(hashgrid::cli::main_entry());
}
