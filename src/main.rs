fn main() {
    let args: Vec<String> = std::env::args().collect();
    let code = hashgrid::cli::main_with(args, || {
        println!(
            "The desktop explorer is not built yet. Use `hashgrid run --preset history-2020-2023` or `hashgrid --help`."
        );
        0
    });
    std::process::exit(code);
}
