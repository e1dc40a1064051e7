# Finds the Debian-packaged dependencies and stops with a message naming the package to install.
function(kafkascope_require_qt_component component package)
  find_package(Qt6 6.4 QUIET COMPONENTS ${component})
  if(NOT Qt6${component}_FOUND)
    message(FATAL_ERROR
      "Qt 6 module '${component}' was not found. Install the Debian package '${package}' "
      "(sudo apt-get install ${package}), or run scripts/run, which installs everything.")
  endif()
endfunction()

kafkascope_require_qt_component(Core qt6-base-dev)
kafkascope_require_qt_component(Gui qt6-base-dev)
kafkascope_require_qt_component(Widgets qt6-base-dev)
kafkascope_require_qt_component(PrintSupport qt6-base-dev)
kafkascope_require_qt_component(Sql qt6-base-dev)
kafkascope_require_qt_component(Test qt6-base-dev)
kafkascope_require_qt_component(Svg qt6-svg-dev)
kafkascope_require_qt_component(LinguistTools qt6-tools-dev)
# Once more at the top level: qt_add_translations (ui/CMakeLists.txt) needs the variables that
# Qt6Core and Qt6LinguistTools set, which the function above keeps in its own scope.
find_package(Qt6 6.4 REQUIRED COMPONENTS Core LinguistTools)

find_package(QCustomPlotQt6 QUIET)
if(NOT QCustomPlotQt6_FOUND)
  message(FATAL_ERROR
    "QCustomPlot for Qt 6 was not found. Install the Debian package 'libqcustomplot-dev' "
    "(sudo apt-get install libqcustomplot-dev), or run scripts/run, which installs everything.")
endif()
