#include "commands.hpp"

#include <Poco/File.h>

#include <caravan/platform/logging.hpp>
#include <caravan/platform/platform.hpp>
#include <iostream>
#include <stdexcept>

#include "module_list.hpp"
#include "serve.hpp"

namespace caravan::app {

namespace {

constexpr const char* kUsage = R"(usage: caravan [--config FILE] [--set key=value]... COMMAND [ARGS]

commands:
  serve                 run the HTTP API and web UI
  migrate [--status]    apply pending database migrations (or list them)
  admin NAME [--flag value]...
                        administrative tasks; `caravan admin help` lists them
  config                list every configuration key, its value's source and meaning
  openapi               print the OpenAPI document of every route
  routes                list every route with the permission it requires
  roles [--operators]   list each seller role's permissions ("ROLE PERMISSION" per line),
                        or the platform operators' roles
  personal-data         list the declared personal-data columns
  help                  this text

Configuration: defaults < caravan.properties (or --config, or $CARAVAN_CONFIG) < environment
(CARAVAN_HTTP_PORT for http.port) < --set.
)";

std::pair<std::string, std::string> splitAssignment(const std::string& text) {
  const auto equals = text.find('=');
  if (equals == std::string::npos || equals == 0) {
    throw std::invalid_argument("--set needs key=value, got '" + text + "'");
  }
  return {text.substr(0, equals), text.substr(equals + 1)};
}

std::map<std::string, std::string> parseFlags(const std::vector<std::string>& args,
                                              std::size_t from) {
  std::map<std::string, std::string> flags;
  for (std::size_t i = from; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg.rfind("--", 0) != 0 || arg.size() < 3) {
      throw std::invalid_argument("expected --flag value, got '" + arg + "'");
    }
    const auto equals = arg.find('=');
    if (equals != std::string::npos) {
      flags[arg.substr(2, equals - 2)] = arg.substr(equals + 1);
    } else if (i + 1 < args.size() && args[i + 1].rfind("--", 0) != 0) {
      flags[arg.substr(2)] = args[++i];
    } else {
      flags[arg.substr(2)] = "true";
    }
  }
  return flags;
}

struct Application {
  std::unique_ptr<Platform> platform;
  std::vector<std::unique_ptr<Module>> modules;
};

Application build(const CommandLine& line) {
  std::string configFile = line.configFile;
  const auto environment = Settings::processEnvironment();
  if (configFile.empty()) {
    if (auto found = environment.find("CARAVAN_CONFIG"); found != environment.end()) {
      configFile = found->second;
    } else if (Poco::File("caravan.properties").exists()) {
      configFile = "caravan.properties";
    }
  }
  Application app;
  app.platform =
      std::make_unique<Platform>(Settings::load(configFile, line.overrides, environment));
  app.modules = makeModules();
  for (auto& module : app.modules)
    app.platform->add(*module);
  app.platform->seal();
  configureLogging(app.platform->config().logLevel);
  return app;
}

int migrate(Platform& platform, bool statusOnly) {
  auto session = platform.pool().acquire();
  if (statusOnly) {
    const auto status = platform.migrator().status(session);
    for (const auto& m : status.pending)
      std::cout << "pending  " << m.module << "/" << m.name << "\n";
    std::cout << status.pending.size() << " pending\n";
    return 0;
  }
  const auto status = platform.migrator().migrate(session);
  for (const auto& m : status.applied)
    std::cout << "applied  " << m.module << "/" << m.name << "\n";
  std::cout << status.applied.size() << " migrations applied; the schema is current\n";
  return 0;
}

int admin(Platform& platform, const std::vector<std::string>& args) {
  if (args.empty() || args[0] == "help") {
    std::cout << "caravan admin commands:\n";
    for (const auto& command : platform.commands()) {
      std::cout << "  " << command.name << " " << command.usage << "\n";
    }
    return args.empty() ? 2 : 0;
  }
  for (const auto& command : platform.commands()) {
    if (command.name != args[0])
      continue;
    {
      auto session = platform.pool().acquire();
      const auto pending = platform.migrator().status(session).pending.size();
      if (pending > 0) {
        std::cerr << "caravan admin " << command.name << ": the database has " << pending
                  << " pending migrations; run `caravan migrate` first\n";
        return 2;
      }
    }
    platform.claimNode();
    int code = 1;
    try {
      code = command.run(parseFlags(args, 1), std::cout);
    } catch (const ValidationError& e) {
      std::cerr << "caravan admin " << command.name << ": " << e.what() << "\n";
      for (const auto& field : e.fieldErrors()) {
        std::cerr << "  --" << field.field << ": " << field.message << "\n";
      }
      code = 2;
    } catch (const ApiError& e) {
      std::cerr << "caravan admin " << command.name << ": " << e.what() << "\n";
      code = e.status() == 409 ? 3 : 1;
    }
    platform.releaseNode();
    return code;
  }
  std::cerr << "caravan admin: no command '" << args[0] << "'; `caravan admin help` lists them\n";
  return 2;
}

}  // namespace

CommandLine parseCommandLine(int argc, char** argv) {
  CommandLine line;
  int i = 1;
  for (; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--config" && i + 1 < argc) {
      line.configFile = argv[++i];
    } else if (arg.rfind("--config=", 0) == 0) {
      line.configFile = arg.substr(9);
    } else if (arg == "--set" && i + 1 < argc) {
      line.overrides.insert(splitAssignment(argv[++i]));
    } else if (arg.rfind("--set=", 0) == 0) {
      line.overrides.insert(splitAssignment(arg.substr(6)));
    } else if (arg.rfind("-", 0) == 0) {
      throw std::invalid_argument("unknown option '" + arg + "'\n" + kUsage);
    } else {
      break;
    }
  }
  if (i >= argc)
    throw std::invalid_argument(std::string("no command given\n") + kUsage);
  line.command = argv[i++];
  for (; i < argc; ++i)
    line.args.emplace_back(argv[i]);
  return line;
}

int runCommand(const CommandLine& line, const char* argv0) {
  if (line.command == "help" || line.command == "--help") {
    std::cout << kUsage;
    return 0;
  }
  auto app = build(line);
  Platform& platform = *app.platform;
  if (line.command == "serve")
    return serve(platform, argv0);
  if (line.command == "migrate") {
    return migrate(platform, line.args.size() == 1 && line.args[0] == "--status");
  }
  if (line.command == "admin")
    return admin(platform, line.args);
  if (line.command == "config") {
    for (const auto& d : platform.settings().declared()) {
      std::cout << d.key << " = "
                << (d.key != "db.url" ? d.value
                    : d.value.empty() ? "(not set)"
                                      : db::Url::parse(d.value).redacted())
                << "  [" << d.source << "]  " << d.description << "\n";
    }
    return 0;
  }
  if (line.command == "openapi") {
    platform.openApi()->stringify(std::cout, 2);
    std::cout << "\n";
    return 0;
  }
  if (line.command == "routes") {
    for (const auto& route : platform.router().routes()) {
      std::cout << route.method << " " << route.pattern << "  " << route.permission << "  "
                << route.name << "\n";
    }
    return 0;
  }
  if (line.command == "roles") {
    const bool operators = line.args.size() == 1 && line.args[0] == "--operators";
    for (const auto& role :
         operators ? platform.access().roles() : platform.access().tenantRoles()) {
      if (operators && !platform.access().isOperatorRole(role))
        continue;
      for (const auto& permission : platform.access().permissionsOf(role)) {
        std::cout << role << " " << permission << "\n";
      }
    }
    return 0;
  }
  if (line.command == "personal-data") {
    for (const auto& table : platform.personalData()) {
      for (const auto& column : table.columns) {
        std::cout << table.module << "  " << table.table << "." << column.column << "  "
                  << toString(column.category) << "  " << toString(column.erasure) << "\n";
      }
    }
    return 0;
  }
  std::cerr << "caravan: unknown command '" << line.command << "'\n" << kUsage;
  return 2;
}

}  // namespace caravan::app
