#pragma once
// kafkascope-cli lesson list | lesson run NAME|FILE: the built-in lessons, played headless.

// argv[1] is "lesson"; returns the exit status.
int lessonCommand(int argc, char** argv);
