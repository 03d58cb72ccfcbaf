#include <iostream>

#include "commands.hpp"

int main(int argc, char** argv) {
  try {
    return caravan::app::runCommand(caravan::app::parseCommandLine(argc, argv), argv[0]);
  } catch (const std::exception& e) {
    std::cerr << "caravan: " << e.what() << "\n";
    return 2;
  }
}
