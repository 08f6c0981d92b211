#!/bin/sh
# How the sample clips of Samples/video were made (ffmpeg's lavfi sources; no camera): an LED with its
# glow in a dim room, a steady lamp beside it, the camera's exposure drifting slowly.
#   low-battery.mp4   Outdoor 4: blue for 3 s, then six fast red flashes (README, "Diagnose from a video")
#   sync-ready.mp4    Sync Module 2: blinking blue beside solid green
# Run from this folder: sh make-samples.sh
set -eu
room="color=c=0x383430:s=320x180:r=30:d=8,drawbox=x=30:y=30:w=26:h=26:color=0xFFF4D0:t=fill"
led() { # x y colour core enable-expression
    echo "drawbox=x=$(($1 - 8)):y=$(($2 - 8)):w=24:h=24:color=$3@0.35:t=fill:enable='$5',drawbox=x=$1:y=$2:w=8:h=8:color=$4:t=fill:enable='$5'"
}
drift="eq=brightness='0.05*sin(2*PI*t/6)':eval=frame"
red=""
for i in 0 1 2 3 4 5; do
    red="$red+between(t\\,$(echo "4.1 + $i * 0.42" | bc)\\,$(echo "4.1 + $i * 0.42 + 0.22" | bc))"
done
ffmpeg -v error -y -f lavfi -i "$room,$(led 150 80 0x2848FF 0xD0D8FF 'between(t\,0.6\,3.6)'),$(led 150 80 0xFF2020 0xFFD0C8 "${red#+}"),$drift" \
    -c:v libx264 -preset veryslow -crf 26 -pix_fmt yuv420p -movflags +faststart low-battery.mp4
blue=""
for i in 0 1 2 3 4 5 6; do
    blue="$blue+between(t\\,$(echo "0.8 + $i * 1.1" | bc)\\,$(echo "0.8 + $i * 1.1 + 0.55" | bc))"
done
ffmpeg -v error -y -f lavfi -i "$room,$(led 140 80 0x2848FF 0xD0D8FF "${blue#+}"),$(led 180 80 0x20E040 0xD0FFD8 'between(t\,0.4\,7.6)'),$drift" \
    -c:v libx264 -preset veryslow -crf 26 -pix_fmt yuv420p -movflags +faststart sync-ready.mp4
