#pragma once

namespace caravan {
class Platform;
}

namespace caravan::app {

/// `caravan serve`: runs until SIGTERM/SIGINT, then shuts down gracefully.
int serve(Platform& platform, const char* argv0);

}  // namespace caravan::app
