Onsite.main(ArgumentOrder.normalized(Array(CommandLine.arguments.dropFirst())))
