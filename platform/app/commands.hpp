#pragma once

#include <map>
#include <string>
#include <vector>

namespace caravan::app {

/// The command line: `caravan [--config FILE] [--set key=value]... COMMAND [ARGS]`.
struct CommandLine {
  std::string configFile;
  std::map<std::string, std::string> overrides;
  std::string command;
  std::vector<std::string> args;
};

/// Throws std::invalid_argument with a usage message for malformed input.
CommandLine parseCommandLine(int argc, char** argv);

/// Runs one command; returns the process exit code.
int runCommand(const CommandLine& line, const char* argv0);

}  // namespace caravan::app
