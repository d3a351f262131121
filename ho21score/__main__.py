from ho21score.cli.app import main

main()
